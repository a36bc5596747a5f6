//! Serde for the maps keyed by id (`LiteMap<String, V>`), in the form a `BTreeMap` had: always a
//! map, entries read one by one, the last of a repeated key kept. LiteMap's own impls write an
//! empty map as `[]` in JSON, and read by sorting what arrives, a sort instantiated per value type
//! (some 4 KB of wasm each) where postcard brings the keys in order anyway.

use std::fmt;
use std::marker::PhantomData;

use litemap::LiteMap;
use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde::{Serialize, Serializer};

pub fn serialize<V: Serialize, S: Serializer>(
    map: &LiteMap<String, V>,
    s: S,
) -> Result<S::Ok, S::Error> {
    s.collect_map(map)
}

pub fn deserialize<'de, V: Deserialize<'de>, D: Deserializer<'de>>(
    d: D,
) -> Result<LiteMap<String, V>, D::Error> {
    struct Entries<V>(PhantomData<V>);
    impl<'de, V: Deserialize<'de>> Visitor<'de> for Entries<V> {
        type Value = LiteMap<String, V>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a map")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut entries: A) -> Result<Self::Value, A::Error> {
            let mut map = LiteMap::new();
            while let Some((k, v)) = entries.next_entry()? {
                map.insert(k, v);
            }
            Ok(map)
        }
    }
    d.deserialize_map(Entries(PhantomData))
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use litemap::LiteMap;
    use serde::{Deserialize, Serialize};

    #[derive(Serialize, Deserialize)]
    struct Ids(#[serde(with = "super")] LiteMap<String, u32>);

    /// Keys out of order and one repeated, as only a hand-made file or message could have them:
    /// read as a BTreeMap reads them, sorted with the last of a repeated key kept.
    #[test]
    fn reads_and_writes_what_a_btreemap_does() {
        let entries = [("b", 1), ("a", 2), ("b", 3)].map(|(k, v)| (k.to_string(), v));
        // A postcard map is its length, then its entries: the bytes of a list of pairs.
        let bytes = postcard::to_allocvec(&entries.to_vec()).unwrap();
        let tree: BTreeMap<String, u32> = postcard::from_bytes(&bytes).unwrap();
        let Ids(lite) = postcard::from_bytes(&bytes).unwrap();
        assert!(lite.iter().eq(&tree));
        assert_eq!(
            postcard::to_allocvec(&Ids(lite)).unwrap(),
            postcard::to_allocvec(&tree).unwrap()
        );

        let json = r#"{"b":1,"a":2,"b":3}"#;
        let tree: BTreeMap<String, u32> = serde_json::from_str(json).unwrap();
        let Ids(lite) = serde_json::from_str(json).unwrap();
        assert!(lite.iter().eq(&tree));
        assert_eq!(
            serde_json::to_string(&Ids(lite)).unwrap(),
            r#"{"a":2,"b":3}"#
        );
        // Empty, still a map (LiteMap's own impl writes `[]`), and a list is not one.
        assert_eq!(serde_json::to_string(&Ids(LiteMap::new())).unwrap(), "{}");
        assert!(serde_json::from_str::<Ids>(r#"[["a", 1]]"#).is_err());
    }
}
