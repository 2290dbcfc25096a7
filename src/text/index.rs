//! Terms numbered and weighed over a library: one numbering shared by the workers that
//! read roles on every core, the words' stems worked out once, how many documents have
//! each term (document frequency), its inverse document frequency, and scores ranked best
//! first. `find`, the role similarity and the near tier all count with these.

use std::hash::Hash;

use rustc_hash::FxHashMap as HashMap;

use super::stem;

/// Numbers terms from 0 in the order they are first seen, keeping only the numbers: what a
/// library's index looks terms up by.
#[derive(Debug)]
pub struct Numbering<T> {
    ids: HashMap<T, u32>,
}

impl<T> Default for Numbering<T> {
    fn default() -> Self {
        Numbering {
            ids: HashMap::default(),
        }
    }
}

impl<T: Hash + Eq> Numbering<T> {
    /// The number of `term`, given it on first sight.
    pub fn id(&mut self, term: T) -> u32 {
        let next = self.ids.len() as u32;
        *self.ids.entry(term).or_insert(next)
    }

    /// The number of `term`, if it has been seen.
    pub fn get(&self, term: &T) -> Option<u32> {
        self.ids.get(term).copied()
    }

    /// The global numbers of the terms one worker numbered on its own (its terms in the
    /// order of its numbers): what its local number `i` is, at index `i`.
    pub fn renumber(&mut self, local: Vec<T>) -> Vec<u32> {
        local.into_iter().map(|term| self.id(term)).collect()
    }

    /// How many distinct terms have been seen.
    #[must_use]
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// Whether no term has been seen.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// The terms in the order of their numbers: what [`Numbering::from_terms`] numbers
    /// again the same way.
    #[must_use]
    pub fn terms(&self) -> Vec<&T> {
        let mut terms: Vec<(&T, u32)> = self.ids.iter().map(|(term, &id)| (term, id)).collect();
        terms.sort_unstable_by_key(|&(_, id)| id);
        terms.into_iter().map(|(term, _)| term).collect()
    }

    /// The numbering of `terms` in order; `None` when a term comes twice (then the list is
    /// not one that [`Numbering::terms`] gave).
    #[must_use]
    pub fn from_terms(terms: Vec<T>) -> Option<Numbering<T>> {
        let count = terms.len();
        let mut numbering = Numbering {
            ids: HashMap::with_capacity_and_hasher(count, rustc_hash::FxBuildHasher),
        };
        for term in terms {
            numbering.id(term);
        }
        (numbering.len() == count).then_some(numbering)
    }
}

/// A [`Numbering`] that also keeps its terms in the order of their numbers: what a worker
/// hands over to be renumbered.
#[derive(Debug)]
pub struct Interner<T> {
    numbering: Numbering<T>,
    terms: Vec<T>,
}

impl<T> Default for Interner<T> {
    fn default() -> Self {
        Interner {
            numbering: Numbering::default(),
            terms: Vec::new(),
        }
    }
}

impl<T: Hash + Eq + Clone> Interner<T> {
    /// The number of `term`, given it on first sight.
    pub fn id(&mut self, term: T) -> u32 {
        if let Some(id) = self.numbering.get(&term) {
            return id;
        }
        self.terms.push(term.clone());
        self.numbering.id(term)
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
    pub fn terms(&self) -> &[T] {
        &self.terms
    }

    /// The terms, in the order of their numbers.
    #[must_use]
    pub fn into_terms(self) -> Vec<T> {
        self.terms
    }
}

/// The words one worker has met, each numbered, with its stem: a library repeats the same
/// words many times, so each is stemmed once.
#[derive(Debug, Default)]
pub struct StemCache {
    ids: HashMap<String, u32>,
    stems: Vec<String>,
}

impl StemCache {
    /// The number of `word`, stemmed the first time it is met.
    pub fn id(&mut self, word: &str) -> u32 {
        if let Some(&id) = self.ids.get(word) {
            return id;
        }
        let id = self.stems.len() as u32;
        self.stems.push(stem(word));
        self.ids.insert(word.to_owned(), id);
        id
    }

    /// The stem of the word numbered `id`.
    #[must_use]
    pub fn stem(&self, id: u32) -> &str {
        &self.stems[id as usize]
    }

    /// The stems, in the order of the words' numbers.
    #[must_use]
    pub fn into_stems(self) -> Vec<String> {
        self.stems
    }
}

/// The inverse document frequency of a term found in `df` of `documents`: `ln(N / df) + 1`,
/// so that a term every document has still counts a little.
#[must_use]
pub fn idf(documents: usize, df: u32) -> f64 {
    (documents.max(1) as f64 / f64::from(df.max(1))).ln() + 1.0
}

/// The IDF of each of `terms` terms over `documents`, each given as the ids of its terms
/// (a term a document lists twice counts twice).
#[must_use]
pub fn idf_table<D>(documents: D, terms: usize) -> Vec<f64>
where
    D: IntoIterator,
    D::Item: IntoIterator<Item = u32>,
{
    let mut frequency = vec![0u32; terms];
    let mut count = 0;
    for document in documents {
        count += 1;
        for term in document {
            frequency[term as usize] += 1;
        }
    }
    frequency.iter().map(|&df| idf(count, df)).collect()
}

/// The term ids of a document of (term, amount) entries, for [`idf_table`].
pub fn ids_of(entries: &[(u32, f64)]) -> impl Iterator<Item = u32> + '_ {
    entries.iter().map(|&(term, _)| term)
}

/// Each distinct id of `ids` with how many times it occurs, in order of the ids, counted
/// by sorting: tens of thousands of short names, no map for each.
#[must_use]
pub fn counted(mut ids: Vec<u32>) -> Vec<(u32, f64)> {
    ids.sort_unstable();
    ids.chunk_by(|a, b| a == b)
        .map(|run| (run[0], run.len() as f64))
        .collect()
}

/// Sorts scored documents best first, ties in the order of their index.
pub fn sort_best_first(scored: &mut [(usize, f64)]) {
    scored.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
}

/// One chunk of documents a core, at least `floor`: each worker numbers its terms on its
/// own, and the numbers are made one afterwards ([`Numbering::renumber`]).
#[must_use]
pub fn chunk_size(documents: usize, floor: usize) -> usize {
    documents
        .div_ceil(rayon::current_num_threads())
        .max(floor)
        .max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn idf_weighs_rare_terms_more_and_common_ones_still_a_little() {
        let documents: Vec<Vec<(u32, f64)>> =
            vec![vec![(0, 1.0), (1, 2.0)], vec![(0, 1.0)], vec![(0, 3.0)]];
        let table = idf_table(documents.iter().map(|document| ids_of(document)), 3);
        assert_eq!(table[0], 1.0, "in every document");
        assert!((table[1] - (3f64.ln() + 1.0)).abs() < 1e-12);
        assert!(
            (table[2] - (3f64.ln() + 1.0)).abs() < 1e-12,
            "in none: as if in one"
        );
        assert_eq!(idf(0, 0), 1.0);
    }

    #[test]
    fn counts_numbering_and_ranking() {
        assert_eq!(counted(vec![3, 1, 3, 3]), [(1, 1.0), (3, 3.0)]);
        let mut scored = vec![(0, 0.5), (1, 0.9), (2, 0.5), (3, 0.1)];
        sort_best_first(&mut scored);
        assert_eq!(scored, [(1, 0.9), (0, 0.5), (2, 0.5), (3, 0.1)]);
        let mut global = Numbering::default();
        global.id("b");
        assert_eq!(global.renumber(vec!["a", "b"]), [1, 0]);
        assert_eq!(global.get(&"a"), Some(1));
        assert_eq!(global.len(), 2);
        let mut local = Interner::default();
        assert_eq!((local.id("x"), local.id("y"), local.id("x")), (0, 1, 0));
        assert_eq!(local.into_terms(), ["x", "y"]);
        let mut stems = StemCache::default();
        let id = stems.id("modelling");
        assert_eq!(stems.id("modelling"), id);
        assert_eq!(stems.stem(id), stem("modeling"));
        assert_eq!(chunk_size(0, 64), 64);
    }
}
