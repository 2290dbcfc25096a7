//! A map from words to values that can be compiled into the binary and searched in place:
//! its entries sorted by word, and a table of their places by a hash of the word (open
//! addressing). Both are [`Cow`]s: borrowed from statics when the build script wrote them,
//! owned when built or extended at run time. The hash is this file's own (FNV-1a), so that
//! the build script and the binary place a word alike on any machine.
//!
//! This file depends on nothing of the crate: the build script includes it.

use std::borrow::Cow;

/// A text of a map: compiled in, or built at run time.
pub type Text = Cow<'static, str>;

/// A list compiled in, or built at run time.
pub type List<T> = Cow<'static, [T]>;

/// The mark of an empty place of the table.
const EMPTY: u32 = u32::MAX;

/// Words and their values.
#[derive(Debug, Clone, PartialEq)]
pub struct WordMap<V: Clone + 'static> {
    /// (word, value), sorted by word.
    pub entries: List<(Text, V)>,
    /// For each place of the table (a power of two, at least twice the entries), the
    /// entry whose word hashes there or next after it, or [`EMPTY`]. Empty while the map
    /// is being built: it is then searched by halves.
    pub places: List<u32>,
}

/// A set of words.
pub type WordSet = WordMap<()>;

impl<V: Clone> Default for WordMap<V> {
    fn default() -> Self {
        WordMap {
            entries: Cow::Owned(Vec::new()),
            places: Cow::Owned(Vec::new()),
        }
    }
}

impl<V: Clone + Default> WordMap<V> {
    /// The value of `word`, added (as its default) where it is not there yet. The table of
    /// places is dropped until [`WordMap::index`].
    pub fn entry(&mut self, word: &str) -> &mut V {
        self.places = Cow::Owned(Vec::new());
        let entries = self.entries.to_mut();
        let place = match entries.binary_search_by(|(known, _)| (**known).cmp(word)) {
            Ok(place) => place,
            Err(place) => {
                entries.insert(place, (Cow::Owned(word.to_owned()), V::default()));
                place
            }
        };
        &mut entries[place].1
    }
}

impl<V: Clone> WordMap<V> {
    /// The map of `entries`, in any order; of two entries of one word, the first counts.
    #[must_use]
    pub fn from_entries(mut entries: Vec<(Text, V)>) -> Self {
        entries.sort_by(|(a, _), (b, _)| a.cmp(b));
        entries.dedup_by(|(later, _), (earlier, _)| later == earlier);
        let mut map = WordMap {
            entries: Cow::Owned(entries),
            places: Cow::Owned(Vec::new()),
        };
        map.index();
        map
    }

    /// The value of `word`, if it has one.
    #[must_use]
    pub fn get(&self, word: &str) -> Option<&V> {
        let place = if self.places.is_empty() {
            self.entries
                .binary_search_by(|(known, _)| (**known).cmp(word))
                .ok()?
        } else {
            self.hashed_place(word)?
        };
        Some(&self.entries[place].1)
    }

    /// The place of `word`'s entry, by the table.
    fn hashed_place(&self, word: &str) -> Option<usize> {
        let mask = self.places.len() - 1;
        let mut slot = hash(word) as usize & mask;
        loop {
            let place = self.places[slot];
            if place == EMPTY {
                return None;
            }
            if *self.entries[place as usize].0 == *word {
                return Some(place as usize);
            }
            slot = (slot + 1) & mask;
        }
    }

    /// Builds the table of places, once the entries are all there. Nothing to do when
    /// it is there (a map compiled in and not changed since).
    pub fn index(&mut self) {
        if !self.places.is_empty() || self.entries.is_empty() {
            return;
        }
        let size = (self.entries.len() * 2).next_power_of_two();
        let mut places = vec![EMPTY; size];
        for (place, (word, _)) in self.entries.iter().enumerate() {
            let mut slot = hash(word) as usize & (size - 1);
            while places[slot] != EMPTY {
                slot = (slot + 1) & (size - 1);
            }
            places[slot] = place as u32;
        }
        self.places = Cow::Owned(places);
    }

    /// The values, in the order of their words, to change in place: the words and so the
    /// table stay as they are.
    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut V> {
        self.entries.to_mut().iter_mut().map(|(_, value)| value)
    }

    /// The values, in the order of their words.
    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.entries.iter().map(|(_, value)| value)
    }
}

impl WordSet {
    /// Whether the set holds `word`.
    #[must_use]
    pub fn contains(&self, word: &str) -> bool {
        self.get(word).is_some()
    }

    /// Adds `word`.
    pub fn insert(&mut self, word: &str) {
        if !self.contains(word) {
            self.entry(word);
        }
    }
}

/// FNV-1a over the word's bytes.
fn hash(word: &str) -> u32 {
    word.bytes().fold(0x811c_9dc5, |hash, byte| {
        (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_is_found_by_halves_and_by_the_table_alike() {
        let mut map: WordMap<u32> = WordMap::default();
        for (n, word) in ["b", "a", "dd", "c", "a"].iter().enumerate() {
            *map.entry(word) += n as u32;
        }
        let by_halves: Vec<Option<u32>> = ["a", "b", "c", "dd", "e"]
            .iter()
            .map(|word| map.get(word).copied())
            .collect();
        assert_eq!(by_halves, [Some(5), Some(0), Some(3), Some(2), None]);
        map.index();
        assert!(map.places.len() >= 8);
        let by_table: Vec<Option<u32>> = ["a", "b", "c", "dd", "e"]
            .iter()
            .map(|word| map.get(word).copied())
            .collect();
        assert_eq!(by_table, by_halves);
        // A change drops the table; indexing again brings it back.
        *map.entry("e") = 9;
        assert!(map.places.is_empty());
        map.index();
        assert_eq!(map.get("e"), Some(&9));
    }

    #[test]
    fn a_map_of_entries_is_sorted_and_indexed() {
        let map = WordMap::from_entries(vec![
            (Cow::Borrowed("b"), 1),
            (Cow::Borrowed("a"), 2),
            (Cow::Borrowed("b"), 3),
        ]);
        assert_eq!(map.entries.len(), 2);
        assert!(!map.places.is_empty());
        assert_eq!(
            (map.get("a"), map.get("b"), map.get("c")),
            (Some(&2), Some(&1), None)
        );
    }

    #[test]
    fn a_set_holds_each_word_once() {
        let mut set = WordSet::default();
        for word in ["x", "y", "x"] {
            set.insert(word);
        }
        set.index();
        assert_eq!(set.entries.len(), 2);
        assert!(set.contains("x") && set.contains("y") && !set.contains("z"));
        assert!(!WordSet::default().contains("x"));
    }
}
