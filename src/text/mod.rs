//! The one text layer: how every part of rolediff reads words. Matching, `find`, the role
//! similarity, the degree ladder and the posting reader all go through it, so that a word
//! is the same word everywhere.
//!
//! - [`token`]: the words of a text as written, with their byte spans;
//! - [`normal`]: their normal form (NFKC, lower case, apostrophes folded);
//! - [`stem`]: stems, British spellings made American first, and a cache of them;
//! - [`stop_words`]: the function words, and the content words of a text;
//! - [`index`]: terms numbered across workers, document frequency, IDF, ranking;
//! - [`vector`]: sparse TF-IDF vectors and their products;
//! - [`brackets`]: splitting a text at separators outside brackets.

pub mod brackets;
pub mod index;
mod known_stems;
pub mod normal;
pub mod stem;
pub mod stop_words;
pub mod token;
pub mod vector;
pub mod word_map;

pub use index::StemCache;
pub use known_stems::{light_stem, stem};
pub use normal::{fold, for_each_token, has_name_key, name_key, normalize, tokens};
pub use stop_words::{for_each_content_token, is_stop_word};
