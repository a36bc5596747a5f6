//! Nynorsk and English as data files. The browser app compiles in bokmål only; the other two
//! languages' [`Strings`] are catalogues served beside it (`index.html` copies
//! `data/strings-nn.postcard` and `data/strings-en.postcard` there), which the page fetches when
//! it first needs one and installs here, so the first view carries one language, not three.
//!
//! A catalogue is [`Strings::texts`] in postcard. Natively (the command line, tests) all three
//! languages stay compiled in, and a test (`tests/languages.rs`) rewrites the files from them and
//! fails when they were stale, so the committed files always say what `i18n.rs` says.

use super::Strings;
use crate::model::Lang;

/// A language's catalogue file, beside the app.
pub fn file_name(lang: Lang) -> String {
    format!("strings-{}.postcard", lang.code())
}

/// A language's words as a catalogue.
pub fn pack(strings: &Strings) -> Vec<u8> {
    postcard::to_allocvec(&strings.texts()).expect("a list of texts always serialises")
}

/// The words of a catalogue, borrowed from its bytes; `None` when the bytes are not one text per
/// key (damaged, or written by another build).
pub fn unpack(bytes: &'static [u8]) -> Option<Strings> {
    let (texts, rest) = postcard::take_from_bytes::<Vec<&str>>(bytes).ok()?;
    if rest.is_empty() {
        Strings::from_texts(&texts)
    } else {
        None
    }
}

#[cfg(target_arch = "wasm32")]
pub use registry::{install, installed};

/// The catalogues installed in this page (wasm32 only: natively every language is compiled in).
#[cfg(target_arch = "wasm32")]
mod registry {
    use std::cell::Cell;
    use std::thread::LocalKey;

    use super::unpack;
    use crate::i18n::{Strings, NB};
    use crate::model::Lang;

    thread_local! {
        static NN: Cell<Option<&'static Strings>> = const { Cell::new(None) };
        static EN: Cell<Option<&'static Strings>> = const { Cell::new(None) };
    }

    fn slot(lang: Lang) -> Option<&'static LocalKey<Cell<Option<&'static Strings>>>> {
        match lang {
            Lang::Nb => None,
            Lang::Nn => Some(&NN),
            Lang::En => Some(&EN),
        }
    }

    /// A language's words, if they are here: bokmål always, the others once installed.
    pub fn installed(lang: Lang) -> Option<&'static Strings> {
        slot(lang).map_or(Some(&NB), LocalKey::get)
    }

    /// Makes a fetched catalogue the language's words for the rest of the page's life; `None`
    /// when the bytes are not a catalogue. The bytes and the [`Strings`] borrowing them are
    /// leaked: every reader of the words holds `&'static Strings`, and a page installs each
    /// language at most once and needs it until it closes (about 16 KB each; bytes that turn
    /// out damaged stay leaked too, once per failed attempt).
    pub fn install(lang: Lang, bytes: Vec<u8>) -> Option<&'static Strings> {
        if let Some(strings) = installed(lang) {
            return Some(strings);
        }
        let slot = slot(lang)?;
        let strings: &'static Strings = Box::leak(Box::new(unpack(bytes.leak())?));
        slot.set(Some(strings));
        Some(strings)
    }
}
