//! How alike two roles are as a whole, for `similar` and `matrix`: TF-IDF cosines over five
//! facets of a role, combined twice. Words and items that many roles of the library share
//! count little; rare ones count much, but no single one decides a facet alone. It works
//! on any role files.
//!
//! - The weighted mean of the facets' cosines says how much two roles have in common.
//! - Reciprocal rank fusion ([`super::fusion`]) says how high each ranks the other, facet
//!   by facet, among all the roles of the library: a role that is among the nearest of
//!   another in what it does and in its titles is related, even when its cosines are low
//!   because it is written in fewer words.
//!
//! The score of two roles is the product of both: in [0, 1], symmetric, 1 for a role and
//! itself.
//!
//! The facets and their weights:
//! - title: the title, aliases and `also_called` (job titles people use), as content words;
//! - work: the summary and responsibilities, as content words;
//! - skills: skill items, weighted by their `importance` where given;
//! - tools: tool items, and (at a quarter weight) their categories;
//! - background: education, certifications and industries.

mod stored;

use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;

use super::fusion::{Fusion, Row};
use crate::matching::term::{Interner, Term};
use crate::role::Role;
use crate::role::section::Section;
use crate::text::index::{Numbering, StemCache, chunk_size, idf_table, sort_best_first};
use crate::text::vector::{Postings, Vector, tempered_dot, tf_idf};
use crate::text::{for_each_content_token, normalize};

/// The facets of a role that the measure compares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Facet {
    /// Title, aliases and the titles shared with other roles.
    Title,
    /// Summary and responsibilities.
    Work,
    /// Skills.
    Skills,
    /// Tools and their categories.
    Tools,
    /// Education, certifications and industries.
    Background,
}

impl Facet {
    /// Every facet, in a fixed order.
    pub const ALL: [Facet; 5] = [
        Facet::Title,
        Facet::Work,
        Facet::Skills,
        Facet::Tools,
        Facet::Background,
    ];

    /// The facet's name in outputs.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Facet::Title => "title",
            Facet::Work => "responsibilities",
            Facet::Skills => "skills",
            Facet::Tools => "tools",
            Facet::Background => "background",
        }
    }

    /// The facet's weight in the weighted mean of cosines, chosen on O*NET's related
    /// occupations (development split; see the README).
    #[must_use]
    pub fn weight(self) -> f64 {
        match self {
            Facet::Title | Facet::Tools => 0.25,
            Facet::Work => 1.0,
            Facet::Skills => 0.1,
            Facet::Background => 0.05,
        }
    }

    /// The facet's weight in the fusion of ranks, chosen on the same split: the rank of a
    /// role by its titles says more than its cosine does.
    #[must_use]
    pub fn rank_weight(self) -> f64 {
        match self {
            Facet::Work => 1.0,
            Facet::Title => 0.75,
            Facet::Tools => 0.5,
            Facet::Skills | Facet::Background => 0.25,
        }
    }
}

/// How many roles nearest by the weighted mean are scored in full for `similar`, at least:
/// the fusion reorders the nearest roles, it does not bring in far ones (on the development
/// split, recall@10 is 0.562 with 30 of them, 0.563 with 50).
const CANDIDATES: usize = 50;

/// What a facet's strongest shared term adds beyond all its other shared terms together
/// counts only this share of itself: one rare word in common ("extract" of "Extract
/// insights" and of "Extraction Workers") must not outweigh the rest of two roles.
const LONE_TERM_SHARE: f64 = 0.1;

/// The roles of a library as vectors, ready to be compared.
#[derive(Debug, Clone)]
pub struct SimilarityIndex {
    vectors: Vec<[Vector; 5]>,
    weights: [f64; 5],
    /// How the facets' ranks are fused, with each facet's [`Facet::rank_weight`].
    fusion: Fusion<5>,
    /// How many distinct terms the vectors have.
    term_count: usize,
    /// Each facet's vectors turned around, term by term: a row costs what its role's terms
    /// are shared, not every term of every role.
    postings: [Postings; 5],
}

impl SimilarityIndex {
    /// Builds the vectors of `roles`; the IDF of each term comes from these roles.
    #[must_use]
    pub fn build(roles: &[Role]) -> SimilarityIndex {
        SimilarityIndex::with_weights(roles, Facet::ALL.map(Facet::weight))
    }

    /// Builds the vectors of `roles` with other facet weights (in the order of [`Facet::ALL`]).
    #[must_use]
    pub fn with_weights(roles: &[Role], weights: [f64; 5]) -> SimilarityIndex {
        let (terms, term_count) = all_facet_terms(roles);
        let counts: Vec<[HashMap<u32, f64>; 5]> = terms.into_iter().map(facet_counts).collect();
        let idf = role_idf(&counts, term_count);
        let vectors = counts
            .into_iter()
            .map(|facets| facets.map(|facet| tf_idf(facet, &idf)))
            .collect();
        SimilarityIndex::of_vectors(
            vectors,
            weights,
            Fusion::new(Facet::ALL.map(Facet::rank_weight)),
            term_count,
        )
    }

    /// The index of role vectors (each facet's terms below `term_count`).
    fn of_vectors(
        vectors: Vec<[Vector; 5]>,
        weights: [f64; 5],
        fusion: Fusion<5>,
        term_count: usize,
    ) -> SimilarityIndex {
        let postings = std::array::from_fn(|facet| {
            let of_facet: Vec<&[(u32, f64)]> =
                vectors.iter().map(|role| role[facet].as_slice()).collect();
            Postings::new(&of_facet, term_count)
        });
        SimilarityIndex {
            vectors,
            weights,
            fusion,
            term_count,
            postings,
        }
    }

    /// How alike roles `a` and `b` are, in [0, 1]: the weighted mean of their cosines times
    /// the fusion of their ranks. A role is 1.0 to itself; the score is symmetric.
    #[must_use]
    pub fn similarity(&self, a: usize, b: usize) -> f64 {
        if a == b {
            return 1.0;
        }
        let (row_a, row_b) = rayon::join(|| self.row(a), || self.row(b));
        self.score(&row_a, &row_b)
    }

    /// The similarity of every pair of `positions`: row i, column j are roles i and j.
    #[must_use]
    pub fn pairwise(&self, positions: &[usize]) -> Vec<Vec<f64>> {
        let rows: Vec<Row<5>> = positions
            .par_iter()
            .map(|&i| self.row(i).with_ranks())
            .collect();
        rows.par_iter()
            .map(|a| rows.iter().map(|b| self.score(a, b)).collect())
            .collect()
    }

    /// The score of two roles from their rows.
    fn score(&self, a: &Row<5>, b: &Row<5>) -> f64 {
        if a.role == b.role {
            return 1.0;
        }
        (self.weighted_mean(&a.cosines_to(b.role)) * self.fusion.fused(a, b)).clamp(0.0, 1.0)
    }

    /// How the facets' ranks are fused.
    #[must_use]
    pub fn fusion(&self) -> Fusion<5> {
        self.fusion
    }

    /// The weighted mean of facet cosines, over the facets that have one.
    #[must_use]
    pub fn weighted_mean(&self, cosines: &[Option<f64>; 5]) -> f64 {
        let (score, weight) = cosines
            .iter()
            .zip(self.weights)
            .filter_map(|(cosine, facet_weight)| Some((facet_weight, (*cosine)?)))
            .fold((0.0, 0.0), |(score, weight), (facet_weight, cosine)| {
                (score + facet_weight * cosine, weight + facet_weight)
            });
        if weight > 0.0 {
            (score / weight).clamp(0.0, 1.0)
        } else {
            0.0
        }
    }

    /// The cosine of each facet, where both roles have it.
    fn facet_cosines(&self, a: usize, b: usize) -> [Option<f64>; 5] {
        let (va, vb) = (&self.vectors[a], &self.vectors[b]);
        std::array::from_fn(|facet| {
            (!va[facet].is_empty() && !vb[facet].is_empty())
                .then(|| tempered_dot(&va[facet], &vb[facet], LONE_TERM_SHARE))
        })
    }

    /// The cosine of every facet that both roles have.
    #[must_use]
    pub fn facet_scores(&self, a: usize, b: usize) -> Vec<(Facet, f64)> {
        Facet::ALL
            .iter()
            .zip(self.facet_cosines(a, b))
            .filter_map(|(&facet, cosine)| Some((facet, cosine?)))
            .collect()
    }

    /// The cosines of `role` to every role, facet by facet, ready to tell ranks: each
    /// facet's terms of `role` looked up in the postings of every role at once.
    #[must_use]
    pub fn row(&self, role: usize) -> Row<5> {
        let count = self.vectors.len();
        let cosines = std::array::from_fn(|facet| {
            let mine = &self.vectors[role][facet];
            if mine.is_empty() {
                return vec![f64::NAN; count];
            }
            let mut cosines = self.postings[facet].tempered_dots(mine, count, LONE_TERM_SHARE);
            for (cosine, other) in cosines.iter_mut().zip(&self.vectors) {
                if other[facet].is_empty() {
                    *cosine = f64::NAN;
                }
            }
            cosines
        });
        Row::new(role, cosines)
    }

    /// The facets that drive the score of `a` and `b`, strongest first: those that add at
    /// least a quarter of the score.
    #[must_use]
    pub fn drivers(&self, a: usize, b: usize) -> Vec<Facet> {
        let mut parts: Vec<(Facet, f64)> = self
            .facet_scores(a, b)
            .into_iter()
            .map(|(facet, cosine)| (facet, self.weights[facet as usize] * cosine))
            .collect();
        let total: f64 = parts.iter().map(|part| part.1).sum();
        parts.sort_by(|x, y| y.1.total_cmp(&x.1));
        parts
            .into_iter()
            .filter(|part| total > 0.0 && part.1 >= total / 4.0)
            .map(|part| part.0)
            .collect()
    }

    /// The `top` other roles most similar to `target`, most similar first (ties in index
    /// order). The roles nearest by the weighted mean are scored in full.
    #[must_use]
    pub fn ranked(&self, target: usize, top: usize) -> Vec<(usize, f64)> {
        let row = self.row(target).with_ranks();
        let mut nearest: Vec<(usize, f64)> = (0..self.vectors.len())
            .filter(|&other| other != target)
            .map(|other| (other, self.weighted_mean(&row.cosines_to(other))))
            .collect();
        sort_best_first(&mut nearest);
        nearest.truncate(top.saturating_mul(2).max(CANDIDATES));
        let mut ranked: Vec<(usize, f64)> = nearest
            .par_iter()
            .map(|&(other, _)| (other, self.score(&row, &self.row(other))))
            .collect();
        sort_best_first(&mut ranked);
        ranked.truncate(top);
        ranked
    }
}

/// The terms one worker has met, numbered locally, and the term of each raw word it has
/// stemmed: a library repeats the same words many times, so each is stemmed once.
#[derive(Default)]
struct LocalTerms<'a> {
    interner: Interner,
    /// Each raw word's stem, worked out once.
    stems: StemCache,
    /// The term of each stem of `stems`, by the word's number there.
    words: Vec<u32>,
    /// Items and categories as written: names repeat across roles.
    items: HashMap<(bool, &'a str), u32>,
}

impl<'a> LocalTerms<'a> {
    /// The term of an item, in normal form.
    fn item(&mut self, text: &'a str) -> u32 {
        self.named(false, text)
    }

    /// The term of a tool category, in normal form.
    fn category(&mut self, text: &'a str) -> u32 {
        self.named(true, text)
    }

    fn named(&mut self, is_category: bool, text: &'a str) -> u32 {
        if let Some(&id) = self.items.get(&(is_category, text)) {
            return id;
        }
        let normal = normalize(text);
        let term = if is_category {
            Term::Category(normal)
        } else {
            Term::Item(normal)
        };
        let id = self.interner.id(term);
        self.items.insert((is_category, text), id);
        id
    }

    /// The term of a content word: its stem.
    fn word(&mut self, word: &str) -> u32 {
        let id = self.stems.id(word) as usize;
        if id == self.words.len() {
            let stem = self.stems.stem(id as u32).to_owned();
            self.words.push(self.interner.id(Term::Word(stem)));
        }
        self.words[id]
    }
}

/// Local term ids of each facet of one role, with their amounts.
type FacetTerms = [Vec<(u32, f64)>; 5];

/// The terms of each facet of `role`, with their amounts.
fn facet_terms<'a>(role: &'a Role, local: &mut LocalTerms<'a>) -> FacetTerms {
    let mut terms: FacetTerms = Default::default();
    for text in std::iter::once(&role.title)
        .chain(&role.aliases)
        .chain(&role.also_called)
    {
        for_each_content_token(text, |word| {
            terms[Facet::Title as usize].push((local.word(word), 1.0));
        });
    }
    let work = role
        .summary
        .iter()
        .chain(role.responsibilities.iter().map(|item| &item.name));
    for text in work {
        for_each_content_token(text, |word| {
            terms[Facet::Work as usize].push((local.word(word), 1.0));
        });
    }
    for item in &role.skills {
        terms[Facet::Skills as usize].push((local.item(&item.name), item.weight()));
    }
    for tool in &role.tools.0 {
        terms[Facet::Tools as usize].push((local.item(&tool.item.name), 1.0));
        if let Some(category) = &tool.category {
            terms[Facet::Tools as usize].push((local.category(category), 0.25));
        }
    }
    for section in [
        Section::Education,
        Section::Certifications,
        Section::Industries,
    ] {
        for item in role.items(section) {
            terms[Facet::Background as usize].push((local.item(&item.name), item.weight()));
        }
    }
    terms
}

/// The facet terms of every role with one numbering of terms, worked out on every core:
/// tokenising and stemming is most of the cost of building an index. Returns the terms of
/// each role and how many distinct terms there are.
fn all_facet_terms(roles: &[Role]) -> (Vec<FacetTerms>, usize) {
    let work = |roles: &[Role]| {
        let mut local = LocalTerms::default();
        let terms: Vec<FacetTerms> = roles
            .iter()
            .map(|role| facet_terms(role, &mut local))
            .collect();
        (terms, local.interner.into_terms())
    };
    // One chunk a core: each worker numbers its terms on its own, merged below.
    let chunk = chunk_size(roles.len(), MIN_CHUNK);
    let parts: Vec<(Vec<FacetTerms>, Vec<Term>)> = roles.par_chunks(chunk).map(work).collect();
    // One numbering for all: each worker's local ids mapped to global ones.
    let mut global = Numbering::default();
    let mut all = Vec::with_capacity(roles.len());
    for (terms, names) in parts {
        let map = global.renumber(names);
        all.extend(terms.into_iter().map(|facets| {
            facets.map(|facet| {
                facet
                    .into_iter()
                    .map(|(id, amount)| (map[id as usize], amount))
                    .collect()
            })
        }));
    }
    (all, global.len())
}

/// The fewest roles one worker takes: fewer are not worth a thread.
const MIN_CHUNK: usize = 64;

/// The IDF of every term over the roles: each facet of a role that has a term counts it
/// (a word of both the title and the work counts twice).
fn role_idf(counts: &[[HashMap<u32, f64>; 5]], terms: usize) -> Vec<f64> {
    let documents = counts
        .iter()
        .map(|facets| facets.iter().flat_map(|facet| facet.keys().copied()));
    idf_table(documents, terms)
}

/// Summed amounts of each term of each facet.
fn facet_counts(facets: FacetTerms) -> [HashMap<u32, f64>; 5] {
    facets.map(|terms| {
        let mut counts: HashMap<u32, f64> = HashMap::default();
        for (id, amount) in terms {
            *counts.entry(id).or_default() += amount;
        }
        counts
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::role::Item;

    fn role(title: &str, skills: &[&str]) -> Role {
        Role {
            id: title.to_lowercase(),
            title: title.into(),
            skills: skills.iter().map(|&s| Item::named(s)).collect(),
            ..Role::default()
        }
    }

    #[test]
    fn titles_shared_with_other_roles_count_in_the_title_facet() {
        let mut roles = vec![
            role("Bookkeepers", &["Ledgers"]),
            role("Auditors", &["Ledgers"]),
            role("Welders", &["Ledgers"]),
        ];
        let title = |index: &SimilarityIndex, a, b| {
            index
                .facet_scores(a, b)
                .into_iter()
                .find(|&(facet, _)| facet == Facet::Title)
                .map(|(_, score)| score)
        };
        let apart = SimilarityIndex::build(&roles);
        assert!(title(&apart, 0, 1).is_none_or(|score| score == 0.0));
        for role in &mut roles[..2] {
            role.also_called = vec!["Tax Accountant".to_owned()];
        }
        let together = SimilarityIndex::build(&roles);
        assert!(title(&together, 0, 1).is_some_and(|score| score > 0.0));
        assert!(together.similarity(0, 1) > together.similarity(0, 2));
    }

    #[test]
    fn one_rare_word_in_common_does_not_make_a_false_friend() {
        let with_work = |title: &str, work: &[&str]| Role {
            id: title.to_lowercase(),
            title: title.into(),
            responsibilities: work.iter().map(|&w| Item::named(w)).collect(),
            ..Role::default()
        };
        let roles = [
            with_work("Profile", &["Extract insights", "Build dashboards"]),
            with_work("Extraction Workers", &["Extraction work"]),
            with_work(
                "Data Analyst",
                &[
                    "Create dashboards and reports for sales teams",
                    "Analyze market trends",
                    "Maintain reporting databases",
                    "Present insights to managers",
                    "Clean and combine records from several sources",
                    "Document metric definitions",
                ],
            ),
            with_work("Nurse", &["Care for patients", "Record vital signs"]),
        ];
        let index = SimilarityIndex::build(&roles);
        assert_eq!(index.ranked(0, 3)[0].0, 2, "{:?}", index.ranked(0, 3));
    }

    #[test]
    fn a_role_is_most_like_itself_and_scores_are_symmetric() {
        let roles = [
            role("Data Engineer", &["SQL", "Spark"]),
            role("Data Analyst", &["SQL", "Excel"]),
            role("Nurse", &["Care"]),
        ];
        let index = SimilarityIndex::build(&roles);
        assert_eq!(index.similarity(0, 0), 1.0);
        assert_eq!(index.similarity(0, 1), index.similarity(1, 0));
        assert!(index.similarity(0, 1) > index.similarity(0, 2));
        assert_eq!(index.ranked(0, 2)[0].0, 1);
        assert_eq!(index.drivers(0, 1)[0], Facet::Title);
    }

    #[test]
    fn similar_and_matrix_give_a_pair_one_score() {
        let roles = [
            role("Data Engineer", &["SQL", "Spark", "Python"]),
            role("Data Analyst", &["SQL", "Excel", "Python"]),
            role("Data Scientist", &["Python", "Statistics"]),
            role("Nurse", &["Care", "Python"]),
        ];
        let index = SimilarityIndex::build(&roles);
        let matrix = index.pairwise(&[0, 1, 2, 3]);
        for (other, score) in index.ranked(0, 3) {
            assert_eq!(score, index.similarity(0, other));
            assert_eq!(score, matrix[0][other]);
        }
        for (a, row) in matrix.iter().enumerate() {
            assert_eq!(row[a], 1.0);
            for (b, &score) in row.iter().enumerate() {
                assert_eq!(score, matrix[b][a]);
                assert!((0.0..=1.0).contains(&score));
            }
        }
    }
}
