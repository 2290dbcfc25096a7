//! Terms, and the one interner that numbers them: the words and concepts of the near tier,
//! the keys under which an item is known to the exact tier, and the facet terms of the
//! role similarity index. Each kind of term is a variant, so no two kinds can collide.

use rustc_hash::FxHashMap as HashMap;

use super::vocabulary::Concept;

/// A term of a text.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Term {
    /// A content word, stemmed.
    Word(String),
    /// A group of the vocabulary.
    Concept(Concept),
    /// A whole item (or one of its `aka` spellings), in normal form.
    Item(String),
    /// A tool category, in normal form.
    Category(String),
}

/// Numbers terms from 0 in the order they are first seen.
#[derive(Debug, Default)]
pub struct Interner {
    ids: HashMap<Term, u32>,
    terms: Vec<Term>,
}

impl Interner {
    /// The number of `term`, given it on first sight.
    pub fn id(&mut self, term: Term) -> u32 {
        if let Some(&id) = self.ids.get(&term) {
            return id;
        }
        let id = self.terms.len() as u32;
        self.terms.push(term.clone());
        self.ids.insert(term, id);
        id
    }

    /// How many distinct terms have been seen.
    #[must_use]
    pub fn len(&self) -> usize {
        self.terms.len()
    }

    /// Whether no term has been seen.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// The terms, in the order of their numbers.
    #[must_use]
    pub fn into_terms(self) -> Vec<Term> {
        self.terms
    }
}
