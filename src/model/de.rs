//! Hand-written deserialisation where serde's derived messages would not tell a data author what to
//! write ("data did not match any variant of untagged enum" names neither field nor fix).

use serde::de::Error as _;
use serde::{Deserialize, Deserializer};

use super::{Condition, OneOrMany, Provenance, Slip, Sourced};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProvenance {
    src: Option<OneOrMany>,
    assume: Option<String>,
}

impl RawProvenance {
    fn into_provenance<E: serde::de::Error>(self) -> Result<Provenance, E> {
        match (self.src, self.assume) {
            (Some(src), None) => Ok(Provenance::Sourced { src }),
            (None, Some(assume)) => Ok(Provenance::Assumed { assume }),
            (None, None) => Err(E::custom(
                "needs a source (src = \"S1\") or an assumption with its reason (assume = \"…\")",
            )),
            (Some(_), Some(_)) => Err(E::custom(
                "has both src and assume: a value is either sourced or an assumption",
            )),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSourced<T> {
    v: T,
    src: Option<OneOrMany>,
    assume: Option<String>,
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Sourced<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = RawSourced::<T>::deserialize(d)?;
        let provenance = RawProvenance {
            src: raw.src,
            assume: raw.assume,
        }
        .into_provenance()?;
        Ok(Sourced {
            v: raw.v,
            provenance,
        })
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSlip {
    low: f64,
    mode: f64,
    high: f64,
    src: Option<OneOrMany>,
    assume: Option<String>,
}

impl<'de> Deserialize<'de> for Slip {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = RawSlip::deserialize(d)?;
        let provenance = RawProvenance {
            src: raw.src,
            assume: raw.assume,
        }
        .into_provenance()?;
        Ok(Slip {
            low: raw.low,
            mode: raw.mode,
            high: raw.high,
            provenance,
        })
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCondition {
    milestone: Option<String>,
    lag: Option<Sourced<f64>>,
    track: Option<String>,
    share: Option<Sourced<f64>>,
}

impl<'de> Deserialize<'de> for Condition {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = RawCondition::deserialize(d)?;
        match raw {
            RawCondition {
                milestone: Some(milestone),
                lag,
                track: None,
                share: None,
            } => Ok(Condition::Milestone { milestone, lag }),
            RawCondition {
                milestone: None,
                lag: None,
                track: Some(track),
                share: Some(share),
            } => Ok(Condition::Track { track, share }),
            RawCondition {
                track: Some(_),
                share: None,
                milestone: None,
                ..
            } => Err(D::Error::custom(
                "a track condition needs the share to reach (share = { v = 0.5, … })",
            )),
            _ => Err(D::Error::custom(
                "a condition is either { milestone = \"id\", lag = … } or { track = \"id\", share = … }",
            )),
        }
    }
}
