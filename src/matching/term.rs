//! Terms, and the one interner that numbers them: the words and concepts of the near tier,
//! the keys under which an item is known to the exact tier, and the facet terms of the
//! role similarity index. Each kind of term is a variant, so no two kinds can collide.

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
pub type Interner = crate::text::index::Interner<Term>;
