//! Hand-written deserialisation where serde's derived messages would not tell a data author what to
//! write ("data did not match any variant of untagged enum" names neither field nor fix).

use serde::de::Error as _;
use serde::{Deserialize, Deserializer};

use super::{Condition, OneOrMany, Provenance, Slip, Sourced};

impl<'de> Deserialize<'de> for OneOrMany {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = OneOrMany;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a source id (\"S1\") or a list of source ids ([\"S1\", \"S2\"])")
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<OneOrMany, E> {
                Ok(OneOrMany::One(s.to_string()))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<OneOrMany, A::Error> {
                let mut ids = Vec::new();
                while let Some(id) = seq.next_element::<String>()? {
                    ids.push(id);
                }
                Ok(OneOrMany::Many(ids))
            }
        }
        d.deserialize_any(V)
    }
}

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
#[serde(
    deny_unknown_fields,
    expecting = "a value with its source or assumption: { v = …, src = \"S1\" } or { v = …, assume = \"reason\" }"
)]
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
#[serde(
    deny_unknown_fields,
    expecting = "a slip estimate in months: { low = …, mode = …, high = …, assume = \"reason\" }"
)]
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
#[serde(
    deny_unknown_fields,
    expecting = "a condition: { milestone = \"id\", lag = … } or { track = \"id\", share = … }"
)]
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
