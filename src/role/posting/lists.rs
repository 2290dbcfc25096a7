//! The items of one section of a posting as they are gathered: each once (case folded),
//! and a name recognised in the text only when no item says it already. Sets, not scans:
//! a hostile posting may have a hundred thousand bullets.

use std::hash::{Hash, Hasher};

use rustc_hash::{FxHashSet, FxHasher};

use super::names::MAX_NAME_WORDS;
use crate::role::Item;

/// The items of a section, without repeats.
#[derive(Debug, Default)]
pub struct ItemList {
    items: Vec<Item>,
    /// The names taken, case folded.
    names: FxHashSet<String>,
    /// Every run of up to [`MAX_NAME_WORDS`] words of every item, hashed.
    said: FxHashSet<u64>,
    /// The words of every item, whole, hashed.
    wholes: FxHashSet<u64>,
}

impl ItemList {
    /// Adds `item` unless the list has it already (case folded).
    pub fn push(&mut self, item: Item) {
        if self.names.insert(item.name.to_lowercase()) {
            let words = lower_words(&item.name);
            for length in 1..=MAX_NAME_WORDS.min(words.len()) {
                self.said.extend(words.windows(length).map(hash));
            }
            self.wholes.insert(hash(&words));
            self.items.push(item);
        }
    }

    /// Adds a name recognised in the text unless an item says it already: an item that has
    /// its words ("Oracle Certified Professional (OCP)" has `OCP`), that is the name in
    /// other punctuation ("Microsoft Certified: Power BI ..."), or that is the name
    /// without a vendor's word before it (`Airflow` is `Apache Airflow`).
    pub fn push_recognised(&mut self, item: Item) {
        let words = lower_words(&item.name);
        let said = words.is_empty()
            || self.says(&words)
            || self.wholes.contains(&hash(&words))
            || words.len() > 1 && self.wholes.contains(&hash(&words[1..]));
        if !said {
            self.push(item);
        }
    }

    /// Whether an item has `words` in a row: a name longer than the runs kept is said
    /// when each of its runs is ("Microsoft Certified: Power BI Data Analyst Associate
    /// (2023)" says the certification's seven words).
    fn says(&self, words: &[String]) -> bool {
        words
            .windows(MAX_NAME_WORDS.min(words.len()))
            .all(|run| self.said.contains(&hash(run)))
    }

    /// The items, in the order they came.
    pub fn into_items(self) -> Vec<Item> {
        self.items
    }
}

/// A run of words as one number: the sets hold numbers, not copies of the words.
fn hash(words: &[String]) -> u64 {
    let mut hasher = FxHasher::default();
    words.hash(&mut hasher);
    hasher.finish()
}

/// The words of a name in normal form.
fn lower_words(text: &str) -> Vec<String> {
    crate::text::tokens(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: ItemList) -> Vec<String> {
        list.into_items()
            .into_iter()
            .map(|item| item.name)
            .collect()
    }

    #[test]
    fn an_item_comes_once_and_a_name_an_item_says_not_again() {
        let mut list = ItemList::default();
        list.push(Item::named("Oracle Certified Professional (OCP)"));
        list.push(Item::named("oracle certified professional (ocp)"));
        list.push(Item::named("Airflow"));
        list.push_recognised(Item::named("OCP"));
        list.push_recognised(Item::named("Apache Airflow"));
        list.push_recognised(Item::named("Kafka"));
        list.push_recognised(Item::named("kafka"));
        list.push(Item::named(
            "Microsoft Certified: Power BI Data Analyst Associate (2023)",
        ));
        list.push_recognised(Item::named(
            "Microsoft Certified Power BI Data Analyst Associate",
        ));
        assert_eq!(
            names(list),
            [
                "Oracle Certified Professional (OCP)",
                "Airflow",
                "Kafka",
                "Microsoft Certified: Power BI Data Analyst Associate (2023)"
            ]
        );
    }

    #[test]
    fn a_one_word_name_is_said_only_by_an_item_with_its_word() {
        let mut list = ItemList::default();
        list.push(Item::named("!!"));
        list.push_recognised(Item::named("Kafka"));
        assert_eq!(names(list), ["!!", "Kafka"]);
    }
}
