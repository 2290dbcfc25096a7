//! What `find` computes: every role ranked by how well it fits a text in a person's own
//! words, a job title or a whole paragraph.
//!
//! Three views of each role, all TF-IDF over the library at hand:
//! - each of its names (title, aliases and the titles it shares with other roles) as
//!   character trigrams of their words, so that spelling variants (`organisation`,
//!   `labour`), word order and typos still meet: a name scores the cosine of its trigrams
//!   with the text's, and a role its best two names;
//! - all its names together as one bag of trigrams, weighed over the roles: a title that
//!   many of a role's names come close to, or that names it in words no single name has;
//! - what it is and does (names, summary and responsibilities) as stemmed content words,
//!   so that a description of the work finds the role that does it.
//!
//! A short text (a title) leans on the names, a long one on the work. Scores are in [0, 1].

mod stored;

use rayon::prelude::*;

use crate::role::Role;
use crate::role::section::Section;
use crate::text::index::{Numbering, chunk_size, counted, idf, idf_table, ids_of, sort_best_first};
use crate::text::vector::{Vector, dot, dot_dense, tf_idf, tf_idf_in_place, tf_idf_with_norm};
use crate::text::{StemCache, for_each_content_token, for_each_token, normalize, stem};

/// How the views of a role weigh in its score: measured on ESCO occupations against the
/// O*NET import (`tests/it/find_eval.rs`; `examples/tune-find.rs` searches them).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FindWeights {
    /// The weight of the names in the score of a title (the work has the rest).
    pub title_names: f64,
    /// The weight of the names in the score of a longer text.
    pub text_names: f64,
    /// The weight of a role's second-best name beside its best.
    pub second_name: f64,
    /// A text of at most this many content words is read as a title.
    pub title_words: usize,
    /// The weight of all of a role's names together in the names' score of a title, beside
    /// its best names (a longer text spreads over all names of most roles).
    pub all_names: f64,
}

impl Default for FindWeights {
    fn default() -> Self {
        FindWeights {
            title_names: 0.5,
            text_names: 0.25,
            second_name: 0.5,
            title_words: 6,
            all_names: 0.2,
        }
    }
}

/// How a document's body weighs beside its title in [`FindIndex::search_document`]:
/// measured on real job ads against the O*NET import (`examples/jobads.rs`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DocumentWeights {
    /// The body's share of the score (the title has the rest).
    pub body: f64,
    /// The weight of the names in the body's own score (the work has the rest).
    pub body_names: f64,
    /// The weight of the tools a body names beside its work, in the body's own score.
    pub tools: f64,
}

impl Default for DocumentWeights {
    fn default() -> Self {
        // On the 490 job ads of the development set (SOC R@1 / R@5): the title alone 0.441 /
        // 0.682. The body alone, as work 0.214 / 0.510; with its names at 0.25 0.231 /
        // 0.557; with its tools at 0.4 as well 0.265 / 0.582. Fused with the title at 0.7 of
        // the score: the work alone 0.463 / 0.747; with names and tools 0.469 / 0.745, at
        // 0.8 0.480 / 0.751, at 0.85 0.478 / 0.751, at 0.9 0.480 / 0.749. Either ranking's
        // first is the ad's occupation for only 0.496 of the ads, which leaves a fusion of
        // the two little room at R@1; many of the rest are labelled with a neighbour of
        // what they ask (HR business partners as HR managers, data scientists as
        // statisticians). Since titles are searched by their head as well ([`title_head`]):
        // the title alone 0.447 / 0.694, fused at 0.8 0.488 / 0.757 (0.486 / 0.757 after
        // later changes to the matcher and the vocabulary: one ad).
        DocumentWeights {
            body: 0.8,
            body_names: 0.25,
            tools: 0.4,
        }
    }
}

/// The roles of a library, ready to be searched.
#[derive(Debug)]
pub struct FindIndex {
    /// Every name: the role it names and where its trigram vector lies in `name_terms`.
    names: Vec<NameSpan>,
    /// The trigram vectors of all names, one after the other: a library has tens of
    /// thousands of names, and one allocation for all of them is much faster to build.
    name_terms: Vec<(u32, f64)>,
    /// Each role's vector of content words.
    work: Vec<Vector>,
    /// What each role's work cosine is multiplied by: below 1 for a role with less text
    /// than most, whose cosine runs high on a word or two ([`pivoted_scales`]).
    work_scale: Vec<f64>,
    /// All the names of each role as one bag of trigrams ([`NameBags`]).
    bags: NameBags,
    /// The tools view, which only a document's body is searched by: built only by
    /// [`FindIndex::build_for_documents`], so that a title search costs nothing more.
    tools: Option<ToolsView>,
    trigrams: TermWeights<u64>,
    words: TermWeights<String>,
    roles: usize,
}

/// Each role's vector of the words of its tools, and the words' weights.
#[derive(Debug)]
struct ToolsView {
    roles: Vec<Vector>,
    words: TermWeights<String>,
}

/// A name of a role: the role's index and the range of its vector in the flat store.
#[derive(Debug, Clone, Copy)]
struct NameSpan {
    role: u32,
    start: u32,
    end: u32,
}

/// Terms numbered, with their inverse document frequency in the library.
#[derive(Debug)]
struct TermWeights<T> {
    ids: Numbering<T>,
    idf: Vec<f64>,
}

impl<T: std::hash::Hash + Eq> TermWeights<T> {
    /// The ids of `terms` with how many times each occurs; terms the library never has
    /// are left out.
    fn counts_of(&self, terms: &[T]) -> Vec<(u32, f64)> {
        let ids: Vec<u32> = terms.iter().filter_map(|term| self.ids.get(term)).collect();
        counted(ids)
    }

    /// The L2-normalised TF-IDF vector of `terms`.
    fn vector(&self, terms: &[T]) -> Vector {
        tf_idf(self.counts_of(terms), &self.idf)
    }
}

impl FindIndex {
    /// Builds the index of `roles`, to search for texts.
    #[must_use]
    pub fn build(roles: &[Role]) -> FindIndex {
        let (names, (work, work_scale, words)) =
            rayon::join(|| names_view(roles), || work_view(roles));
        FindIndex {
            names: names.names,
            name_terms: names.name_terms,
            work,
            work_scale,
            bags: names.bags,
            tools: None,
            trigrams: names.trigrams,
            words,
            roles: roles.len(),
        }
    }

    /// Builds the index of `roles`, to search for texts and for documents: with the tools
    /// of each role as well.
    #[must_use]
    pub fn build_for_documents(roles: &[Role]) -> FindIndex {
        let (index, tools) = rayon::join(|| FindIndex::build(roles), || tools_view(roles));
        FindIndex {
            tools: Some(tools),
            ..index
        }
    }

    /// Every role with a score above 0 for `text`, best first (ties in index order). A
    /// title as job sites write it, with the place, the shift or the team after a dash, a
    /// bar or a bracket ("Clinical Lab Scientist - LGMC Lab - Full Time"), is searched
    /// whole and by its head, and each role keeps the better score ([`title_head`]).
    #[must_use]
    pub fn search(&self, text: &str) -> Vec<(usize, f64)> {
        let weights = FindWeights::default();
        let whole = self.search_with(text, &weights);
        let Some(head) = title_head(text, &weights) else {
            return whole;
        };
        let mut best = vec![0.0f64; self.roles];
        for (role, score) in whole.into_iter().chain(self.search_with(head, &weights)) {
            best[role] = best[role].max(score);
        }
        let mut ranked: Vec<(usize, f64)> = best
            .into_iter()
            .enumerate()
            .filter(|(_, score)| *score > 0.0)
            .collect();
        sort_best_first(&mut ranked);
        ranked
    }

    /// Every role with a score above 0 for a document (a posting, a CV), best first: its
    /// title searched as a title, its body as a description of the work, and the two
    /// fused ([`fuse_document`]).
    #[must_use]
    pub fn search_document(
        &self,
        title: &str,
        body: &str,
        weights: &DocumentWeights,
    ) -> Vec<(usize, f64)> {
        let by_title = self.search(title);
        let by_body = self.search_body(body, weights);
        fuse_document(&by_title, &by_body, self.roles, weights)
    }

    /// Every role with a score above 0 for the body of a document, read as a description of
    /// the work whatever its length, and as the tools it names when the index has the
    /// roles' tools ([`FindIndex::build_for_documents`]).
    #[must_use]
    pub fn search_body(&self, body: &str, weights: &DocumentWeights) -> Vec<(usize, f64)> {
        let as_text = FindWeights {
            text_names: weights.body_names,
            title_words: 0,
            ..FindWeights::default()
        };
        let as_work = self.search_with(body, &as_text);
        let Some(tools) = self.tools.as_ref().filter(|_| weights.tools > 0.0) else {
            return as_work;
        };
        let mut scores = vec![0.0f64; self.roles];
        for (role, score) in as_work {
            scores[role] = score;
        }
        let query = tools.words.vector(&content_words(body));
        let mut ranked: Vec<(usize, f64)> = scores
            .into_iter()
            .zip(&tools.roles)
            .enumerate()
            .map(|(role, (score, its_tools))| {
                let by_tools = dot(&query, its_tools);
                (
                    role,
                    (score + weights.tools * by_tools) / (1.0 + weights.tools),
                )
            })
            .filter(|(_, score)| *score > 0.0)
            .collect();
        sort_best_first(&mut ranked);
        ranked
    }

    /// [`FindIndex::search`] with other weights.
    #[must_use]
    pub fn search_with(&self, text: &str, weights: &FindWeights) -> Vec<(usize, f64)> {
        let query_words = content_words(text);
        let is_title = query_words.len() <= weights.title_words;
        let query_work = self.words.vector(&query_words);
        // A title is matched mostly by the names people use; a paragraph by the work.
        let name_weight = if is_title {
            weights.title_names
        } else {
            weights.text_names
        };
        // One text, weighed as a name and as a bag of names; names that weigh nothing are
        // not read at all (a document's body has thousands of trigrams).
        let weighs_names = name_weight > 0.0;
        let gram_counts = if weighs_names {
            self.trigrams.counts_of(&trigrams(text))
        } else {
            Vec::new()
        };
        let query_trigrams = tf_idf(gram_counts.clone(), &self.trigrams.idf);
        let mut best_name = vec![0.0f64; self.roles];
        let mut second_name = vec![0.0f64; self.roles];
        let names = if weighs_names {
            self.names.as_slice()
        } else {
            &[]
        };
        // The text's trigrams laid out dense: each name costs one look-up a trigram.
        let mut dense = vec![
            0.0f64;
            if names.is_empty() {
                0
            } else {
                self.trigrams.idf.len()
            }
        ];
        for &(term, weight) in &query_trigrams {
            dense[term as usize] = weight;
        }
        for name in names {
            let vector = &self.name_terms[name.start as usize..name.end as usize];
            let score = dot_dense(&dense, vector);
            let role = name.role as usize;
            if score > best_name[role] {
                second_name[role] = best_name[role];
                best_name[role] = score;
            } else if score > second_name[role] {
                second_name[role] = score;
            }
        }
        let work_weight = 1.0 - name_weight;
        let (all_names, query_bag) = if is_title {
            (weights.all_names, tf_idf(gram_counts, &self.bags.idf))
        } else {
            (0.0, Vector::new())
        };
        let mut ranked: Vec<(usize, f64)> = (0..self.roles)
            .map(|index| {
                // Two names alike weigh more than one; the very name, as typed, most.
                let best = if best_name[index] >= EXACT_NAME {
                    1.0
                } else {
                    (1.0 - weights.second_name) * best_name[index]
                        + weights.second_name * second_name[index]
                };
                let bag = dot(&query_bag, &self.bags.roles[index]);
                let names = (1.0 - all_names) * best + all_names * bag;
                let work = dot(&query_work, &self.work[index]) * self.work_scale[index];
                let score = name_weight * names + work_weight * work;
                (index, score.clamp(0.0, 1.0))
            })
            .filter(|(_, score)| *score > 0.0)
            .collect();
        sort_best_first(&mut ranked);
        ranked
    }
}

/// The ranking of a document from the rankings of its title and of its body (each best
/// first, over `roles` roles). A title alone, or a body alone, keeps its own ranking, and
/// so does a body beside a title that names no role ([`TITLE_FLOOR`]); with both, the
/// title decides and the body moves a role by at most `weights.body` of its score, so that
/// more text can reorder close roles but not bring in far ones.
#[must_use]
pub fn fuse_document(
    by_title: &[(usize, f64)],
    by_body: &[(usize, f64)],
    roles: usize,
    weights: &DocumentWeights,
) -> Vec<(usize, f64)> {
    // A title that names no role well (a CV's title is its author's name) is no evidence.
    if by_title
        .first()
        .is_none_or(|&(_, score)| score < TITLE_FLOOR)
    {
        return by_body.to_vec();
    }
    if by_body.is_empty() {
        return by_title.to_vec();
    }
    let mut body = vec![0.0f64; roles];
    let best_body = by_body.first().map_or(0.0, |&(_, score)| score);
    if best_body > 0.0 {
        for &(role, score) in by_body {
            body[role] = score / best_body;
        }
    }
    let mut ranked: Vec<(usize, f64)> = by_title
        .iter()
        .map(|&(role, score)| {
            (
                role,
                score * (1.0 - weights.body + weights.body * body[role]),
            )
        })
        .collect();
    sort_best_first(&mut ranked);
    ranked
}

/// What a title says before the first dash, bar, colon or bracket that sets off the
/// place, the shift or the team ("Registered Nurse - ICU - Nights", "Data Analyst |
/// Remote", "Systems Administrator (TS/SCI)"); `None` for a text that has none, or that is
/// longer than two titles (a sentence, whose dashes say other things). On the 490
/// development ads, searching the head beside the whole title moves `find TITLE` from
/// 0.441 to 0.447 at R@1 and `find --file` from 0.480 to 0.488 (splitting at commas and
/// slashes as well did worse for titles).
fn title_head<'t>(text: &'t str, weights: &FindWeights) -> Option<&'t str> {
    if text.contains('\n') || content_words(text).len() > 2 * weights.title_words {
        return None;
    }
    let end = [" - ", " \u{2013} ", " \u{2014} ", " | ", " (", ": "]
        .iter()
        .filter_map(|mark| text.find(mark))
        .min()?;
    let head = text[..end].trim();
    (!content_words(head).is_empty()).then_some(head)
}

/// The best title score below which a document's title is not searched by: it names no
/// role. People's names score 0.09 to 0.20 against the O*NET import ("Priya Natarajan"
/// 0.12, "Sarah Johnson" 0.09, "John Smith" 0.20); the least of the 490 development ads'
/// titles scores 0.165, the next 0.19, so that a floor of 0.15 leaves every ad as it was.
pub const TITLE_FLOOR: f64 = 0.15;

/// The body of a document read as a role, as [`FindIndex::search_document`] weighs it: what
/// the role is and does and what it asks (summary, responsibilities, skills, education,
/// certifications, tools, industries), without its title and tips.
#[must_use]
pub fn body_of(role: &Role) -> String {
    let mut parts: Vec<&str> = role.summary.iter().map(String::as_str).collect();
    for section in Section::ALL {
        if section != Section::Tips {
            parts.extend(
                role.items(section)
                    .into_iter()
                    .map(|item| item.name.as_str()),
            );
        }
    }
    parts.join("\n")
}

/// The names a role is known by: its title, its aliases that are words (not codes), and
/// the titles it shares with other roles.
fn names_of(role: &Role) -> impl Iterator<Item = &String> + '_ {
    std::iter::once(&role.title)
        .chain(&role.aliases)
        .chain(&role.also_called)
        .filter(|name| name.chars().any(char::is_alphabetic))
}

/// The trigram cosine of a name that is the text itself (spelling aside).
const EXACT_NAME: f64 = 0.999;

/// The slope of the pivoted normalisation of the work: 1 is a plain cosine, lower evens
/// out more (measured with `examples/tune-find.rs`).
const PIVOT_SLOPE: f64 = 0.5;

/// How much of a plain cosine each document keeps under pivoted length normalisation
/// (Singhal, Buckley and Mitra, 1996): `norm / ((1 - s) * mean norm + s * norm)`. A cosine
/// favours short documents, on which one word in common weighs much ("Drafters, All
/// Other: all drafters not listed separately"); the pivot evens that out.
fn pivoted_scales(norms: &[f64]) -> Vec<f64> {
    let slope = PIVOT_SLOPE;
    let mean = norms.iter().sum::<f64>() / norms.len().max(1) as f64;
    norms
        .iter()
        .map(|&norm| {
            let pivot = (1.0 - slope) * mean + slope * norm;
            if pivot > 0.0 {
                (norm / pivot).min(1.0)
            } else {
                0.0
            }
        })
        .collect()
}

/// The fewest roles one worker takes: fewer are not worth a thread.
const MIN_CHUNK: usize = 64;

/// The names one worker has read: the role and number of trigrams of each name, and the
/// sorted trigrams of all of them, end to end.
#[derive(Default)]
struct NameGrams {
    names: Vec<(u32, u32)>,
    grams: Vec<u64>,
}

impl NameGrams {
    /// Each name's role and sorted trigrams.
    fn each(&self) -> impl Iterator<Item = (u32, &[u64])> {
        self.names.iter().scan(0usize, |start, &(role, len)| {
            let name = &self.grams[*start..*start + len as usize];
            *start += len as usize;
            Some((role, name))
        })
    }
}

/// All the names of each role as one document of trigrams, weighed over the roles of the
/// library: where the best name says which role is called that, the bag says which role
/// people call by names like it, and how many of its names do.
#[derive(Debug)]
struct NameBags {
    /// Each role's vector, by trigram id (as numbered for the names).
    roles: Vec<Vector>,
    /// Each trigram's inverse frequency among the roles' bags.
    idf: Vec<f64>,
}

impl NameBags {
    /// The bags of `roles` roles from the vectors of their names, which come role by role:
    /// a trigram counts once for each name that has it.
    fn build(
        names: &[NameSpan],
        name_terms: &[(u32, f64)],
        roles: usize,
        terms: usize,
    ) -> NameBags {
        let mut by_role: Vec<&[NameSpan]> = vec![&[]; roles];
        for run in names.chunk_by(|a, b| a.role == b.role) {
            by_role[run[0].role as usize] = run;
        }
        // A tally of every trigram on each core: a role's names share most of theirs.
        let counts: Vec<Vec<(u32, f64)>> = by_role
            .par_iter()
            .map_init(
                || vec![0u32; terms],
                |tally, names| {
                    let mut seen = Vec::new();
                    let ids = names
                        .iter()
                        .flat_map(|name| &name_terms[name.start as usize..name.end as usize]);
                    for &(id, _) in ids {
                        if tally[id as usize] == 0 {
                            seen.push(id);
                        }
                        tally[id as usize] += 1;
                    }
                    seen.sort_unstable();
                    seen.into_iter()
                        .map(|id| (id, f64::from(std::mem::take(&mut tally[id as usize]))))
                        .collect()
                },
            )
            .collect();
        let idf = idf_table(counts.iter().map(|bag| ids_of(bag)), terms);
        let roles = counts
            .into_par_iter()
            .map(|counts| tf_idf(counts, &idf))
            .collect();
        NameBags { roles, idf }
    }
}

/// What the names view is made of, before it joins the index.
struct NamesView {
    names: Vec<NameSpan>,
    name_terms: Vec<(u32, f64)>,
    bags: NameBags,
    trigrams: TermWeights<u64>,
}

/// The names view: every name's span, the trigram vectors of all names, the roles' bags of
/// names, and the trigrams' weights.
fn names_view(roles: &[Role]) -> NamesView {
    let chunk = chunk_size(roles.len(), MIN_CHUNK);
    let parts: Vec<NameGrams> = roles
        .par_chunks(chunk)
        .enumerate()
        .map(|(part, roles)| {
            let mut words = StemCache::default();
            let mut read = NameGrams::default();
            for (offset, role) in roles.iter().enumerate() {
                let index = (part * chunk + offset) as u32;
                for name in names_of(role) {
                    let start = read.grams.len();
                    push_trigrams(name, &mut words, &mut read.grams);
                    read.grams[start..].sort_unstable();
                    read.names.push((index, (read.grams.len() - start) as u32));
                }
            }
            read
        })
        .collect();
    let (names, mut name_terms, weights) = number_names(&parts);
    weigh_names(&names, &mut name_terms, &weights.idf);
    let bags = NameBags::build(&names, &name_terms, roles.len(), weights.idf.len());
    NamesView {
        names,
        name_terms,
        bags,
        trigrams: weights,
    }
}

/// Numbers the trigrams of every name in one pass, writing each name's (trigram, count)
/// entries straight into one store for all names, so that no trigram is looked up twice;
/// weighs each trigram by the names that have it.
fn number_names(parts: &[NameGrams]) -> (Vec<NameSpan>, Vec<(u32, f64)>, TermWeights<u64>) {
    let mut ids: Numbering<u64> = Numbering::default();
    let mut frequency: Vec<u32> = Vec::new();
    let mut names = Vec::with_capacity(parts.iter().map(|part| part.names.len()).sum());
    let mut terms = Vec::with_capacity(parts.iter().map(|part| part.grams.len()).sum());
    for (role, grams) in parts.iter().flat_map(NameGrams::each) {
        let start = terms.len() as u32;
        for run in grams.chunk_by(|a, b| a == b) {
            let id = ids.id(run[0]);
            if id as usize == frequency.len() {
                frequency.push(0);
            }
            frequency[id as usize] += 1;
            terms.push((id, run.len() as f64));
        }
        let end = terms.len() as u32;
        names.push(NameSpan { role, start, end });
    }
    let idf = frequency.iter().map(|&df| idf(names.len(), df)).collect();
    (names, terms, TermWeights { ids, idf })
}

/// Turns each name's counts in `terms` into its TF-IDF vector, a share of the names on
/// each core.
fn weigh_names(names: &[NameSpan], terms: &mut [(u32, f64)], idf: &[f64]) {
    let share = names.len().div_ceil(rayon::current_num_threads()).max(1);
    let mut shares = Vec::new();
    let (mut rest, mut offset) = (terms, 0usize);
    for group in names.chunks(share) {
        let end = group.last().map_or(offset, |name| name.end as usize);
        let (head, tail) = std::mem::take(&mut rest).split_at_mut(end - offset);
        shares.push((group, head, offset));
        (rest, offset) = (tail, end);
    }
    shares.into_par_iter().for_each(|(group, terms, offset)| {
        for name in group {
            let span = name.start as usize - offset..name.end as usize - offset;
            tf_idf_in_place(&mut terms[span], idf);
        }
    });
}

/// The work view: each role's vector of stemmed content words (names, summary and
/// responsibilities), how much of its cosine it keeps, and the words' weights.
fn work_view(roles: &[Role]) -> (Vec<Vector>, Vec<f64>, TermWeights<String>) {
    let (work, norms, words) = words_view(roles, work_of);
    (work, pivoted_scales(&norms), words)
}

/// The tools view: each role's vector of the stemmed content words of its tools and their
/// categories, and the words' weights (their own: a tool's name is rare in the work).
fn tools_view(roles: &[Role]) -> ToolsView {
    let (roles, _, words) = words_view(roles, tools_of);
    ToolsView { roles, words }
}

/// Each role's TF-IDF vector of the words `words_of` reads from it, the norm each had
/// before it was normalised, and the words' weights over the roles.
fn words_view(
    roles: &[Role],
    words_of: fn(&Role, &mut StemCache) -> Vec<u32>,
) -> (Vec<Vector>, Vec<f64>, TermWeights<String>) {
    // Each worker numbers the words it meets; the numbers are made one below.
    let parts: Vec<(Vec<Vec<u32>>, Vec<String>)> = roles
        .par_chunks(chunk_size(roles.len(), MIN_CHUNK))
        .map(|roles| {
            let mut words = StemCache::default();
            let read = roles
                .iter()
                .map(|role| words_of(role, &mut words))
                .collect();
            (read, words.into_stems())
        })
        .collect();
    let mut ids: Numbering<String> = Numbering::default();
    let mut counts: Vec<Vec<(u32, f64)>> = Vec::with_capacity(roles.len());
    for (read, stems) in parts {
        let global = ids.renumber(stems);
        counts.extend(
            read.into_iter()
                .map(|local| counted(local.into_iter().map(|id| global[id as usize]).collect())),
        );
    }
    let idf = idf_table(counts.iter().map(|role| ids_of(role)), ids.len());
    let (vectors, norms): (Vec<Vector>, Vec<f64>) = counts
        .into_par_iter()
        .map(|counts| tf_idf_with_norm(counts, &idf))
        .unzip();
    (vectors, norms, TermWeights { ids, idf })
}

/// The numbers of the content words of a role's names, summary and responsibilities.
fn work_of(role: &Role, words: &mut StemCache) -> Vec<u32> {
    let mut ids = Vec::new();
    let texts = std::iter::once(&role.title)
        .chain(&role.aliases)
        .chain(&role.summary)
        .chain(role.responsibilities.iter().map(|item| &item.name));
    for text in texts {
        for_each_content_token(text, |word| ids.push(words.id(word)));
    }
    ids
}

/// The numbers of the content words of a role's tools, and of each of their categories
/// once (`Data base management system software`).
fn tools_of(role: &Role, words: &mut StemCache) -> Vec<u32> {
    let mut ids = Vec::new();
    for tool in &role.tools.0 {
        for_each_content_token(&tool.item.name, |word| ids.push(words.id(word)));
    }
    // Sorted to drop repeats: a role of hundreds of tools has tens of categories.
    let mut categories: Vec<&str> = role
        .tools
        .0
        .iter()
        .filter_map(|tool| tool.category.as_deref())
        .collect();
    categories.sort_unstable();
    categories.dedup();
    for category in categories {
        for_each_content_token(category, |word| ids.push(words.id(word)));
    }
    ids
}

/// The stemmed content words of a text.
fn content_words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    for_each_content_token(text, |word| words.push(stem(word)));
    words
}

/// The character trigrams of each word of `text`, in normal form, each word padded with a
/// space on either side (`" da"`, `"dat"`, `"ata"`, `"ta "`); each packed into a number
/// (three characters of 21 bits), since a library has tens of thousands of names.
fn trigrams(text: &str) -> Vec<u64> {
    let mut grams = Vec::new();
    push_trigrams(text, &mut StemCache::default(), &mut grams);
    grams
}

/// Appends the trigrams of `text` to `grams`, its words stemmed first, so that
/// `accountant` meets `Accountants`.
fn push_trigrams(text: &str, words: &mut StemCache, grams: &mut Vec<u64>) {
    let start = grams.len();
    for_each_token(text, |token| {
        let id = words.id(token);
        push_word_trigrams(words.stem(id), grams);
    });
    if grams.len() == start {
        // No word at all ("C++" is punctuation to the tokeniser): the text as it stands.
        for word in normalize(text).split(' ').filter(|word| !word.is_empty()) {
            push_word_trigrams(&stem(word), grams);
        }
    }
}

/// Appends the trigrams of one word, padded with a space on either side.
fn push_word_trigrams(word: &str, grams: &mut Vec<u64>) {
    const MASK: u64 = (1 << 63) - 1;
    let mut packed = 0u64;
    let padded = std::iter::once(' ')
        .chain(word.chars())
        .chain(std::iter::once(' '));
    for (seen, c) in padded.enumerate() {
        packed = ((packed << 21) | u64::from(u32::from(c))) & MASK;
        if seen >= 2 {
            grams.push(packed);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::role::Item;

    fn role(title: &str, aliases: &[&str], work: &[&str]) -> Role {
        Role {
            id: normalize(title).replace(' ', "-"),
            title: title.to_owned(),
            aliases: aliases.iter().map(|&a| a.to_owned()).collect(),
            responsibilities: work.iter().map(|&w| Item::named(w)).collect(),
            ..Role::default()
        }
    }

    fn library() -> Vec<Role> {
        vec![
            role(
                "Labor Relations Specialists",
                &["Union Organizer"],
                &["Negotiate collective bargaining agreements"],
            ),
            role(
                "Data Scientists",
                &["Machine Learning Scientist"],
                &["Build statistical models of data"],
            ),
            role(
                "Sustainability Specialists",
                &["Sustainability Manager"],
                &["Reduce the environmental impact of an organization"],
            ),
        ]
    }

    #[test]
    fn spelling_variants_word_order_and_typos_find_their_role() {
        let roles = library();
        let index = FindIndex::build(&roles);
        for (query, expected) in [
            ("labour relations specialist", 0),
            ("specialist relations labor", 0),
            ("data scientst", 1),
            ("sustainability manager", 2),
        ] {
            let found = index.search(query);
            assert_eq!(found[0].0, expected, "{query}: {found:?}");
            assert!(found.iter().all(|(_, score)| (0.0..=1.0).contains(score)));
        }
    }

    #[test]
    fn a_title_with_its_place_or_shift_set_off_is_searched_by_its_head_too() {
        let weights = FindWeights::default();
        for (title, head) in [
            ("Registered Nurse - ICU - Nights", Some("Registered Nurse")),
            ("Data Analyst | Remote", Some("Data Analyst")),
            (
                "Systems Administrator (TS/SCI)",
                Some("Systems Administrator"),
            ),
            ("Scientist, Lead Discovery", None),
            ("Data Scientist", None),
            ("- Remote", None),
        ] {
            assert_eq!(title_head(title, &weights), head, "{title}");
        }
        let roles = library();
        let index = FindIndex::build(&roles);
        let plain = index.search("Sustainability Manager");
        let with_place = index.search("Sustainability Manager - Leeds (Hybrid) - Full Time");
        assert_eq!(with_place[0].0, 2);
        // The head's score is kept: the place adds nothing and takes nothing away.
        assert!(
            (with_place[0].1 - plain[0].1).abs() < 1e-9,
            "{with_place:?} {plain:?}"
        );
    }

    #[test]
    fn a_title_that_names_no_role_leaves_the_body_its_ranking() {
        let by_body = vec![(1, 0.6), (0, 0.3)];
        let weights = DocumentWeights::default();
        let weak = fuse_document(&[(0, 0.1)], &by_body, 2, &weights);
        assert_eq!(weak, by_body);
        // A title that names a role decides.
        let strong = fuse_document(&[(0, 0.9), (1, 0.2)], &by_body, 2, &weights);
        assert_eq!(strong[0].0, 0);
    }

    #[test]
    fn the_tools_a_body_names_find_the_role_that_uses_them() {
        // Titles that share no trigram with the body, so that only the tools tell apart.
        let mut roles = vec![
            role("Alpha Crew", &[], &["Analyse data for the business"]),
            role("Omega Crew", &[], &["Analyse data for the business"]),
        ];
        for (role, tool) in roles.iter_mut().zip(["Tableau", "Apache Airflow"]) {
            role.tools.0.push(crate::role::Tool {
                item: Item::named(tool),
                category: Some("Software".to_owned()),
            });
        }
        let index = FindIndex::build_for_documents(&roles);
        let body = "Analyse data for the business\nAirflow";
        let weights = DocumentWeights::default();
        assert_eq!(index.search_body(body, &weights)[0].0, 1);
        let without_tools = DocumentWeights {
            tools: 0.0,
            body_names: 0.0,
            ..weights
        };
        let found = index.search_body(body, &without_tools);
        assert!((found[0].1 - found[1].1).abs() < 1e-12, "{found:?}");
    }

    #[test]
    fn a_body_is_scored_by_tools_and_their_categories_within_one() {
        let mut roles = vec![
            role("Alpha Crew", &[], &["Analyse data for the business"]),
            role("Omega Crew", &[], &["Analyse data for the business"]),
            role("Kappa Crew", &[], &["Plant the trees"]),
        ];
        let tools = [
            ("Tableau", "Dashboard software"),
            ("Apache Airflow", "Workflow software"),
            ("Chainsaw", "Forestry equipment"),
        ];
        for (role, (tool, category)) in roles.iter_mut().zip(tools) {
            for _ in 0..2 {
                role.tools.0.push(crate::role::Tool {
                    item: Item::named(tool),
                    category: Some(category.to_owned()),
                });
            }
        }
        let index = FindIndex::build_for_documents(&roles);
        // A category's word alone tells the roles apart.
        let found = index.search_body(
            "Analyse data for the business\nworkflow",
            &DocumentWeights::default(),
        );
        assert_eq!(found[0].0, 1, "{found:?}");
        // Scores stay within 0 and 1, and a role that shares nothing is not listed.
        assert!(
            found.iter().all(|&(_, score)| score > 0.0 && score <= 1.0),
            "{found:?}"
        );
        assert!(found.iter().all(|&(role, _)| role != 2), "{found:?}");
    }

    #[test]
    fn a_description_finds_the_role_that_does_the_work() {
        let roles = library();
        let index = FindIndex::build(&roles);
        let found = index.search(
            "Someone who negotiates collective bargaining agreements between a company and the union representing its workers",
        );
        assert_eq!(found[0].0, 0, "{found:?}");
    }

    #[test]
    fn the_bag_of_names_has_the_words_its_names_have_between_them() {
        let roles = vec![
            role("Tax Accountants", &["Forensic Auditor"], &[]),
            role("Forensic Scientists", &["Crime Lab Analyst"], &[]),
        ];
        let index = FindIndex::build(&roles);
        let counts = index.trigrams.counts_of(&trigrams("forensic accountant"));
        let query = tf_idf(counts, &index.bags.idf);
        let bag = |role: usize| dot(&query, &index.bags.roles[role]);
        assert!(bag(0) > bag(1), "{} vs {}", bag(0), bag(1));
        assert!((0.0..=1.0).contains(&bag(0)));
        assert_eq!(index.search("forensic accountant")[0].0, 0);
    }

    #[test]
    fn titles_a_role_shares_with_others_find_it() {
        let mut roles = library();
        roles[1].also_called = vec!["Quantitative Modeler".to_owned()];
        let index = FindIndex::build(&roles);
        assert_eq!(index.search("quantitative modeller")[0].0, 1);
    }

    #[test]
    fn nothing_in_common_finds_nothing() {
        let index = FindIndex::build(&library());
        assert!(index.search("zzzz qqqq").is_empty());
        assert!(index.search("").is_empty());
    }
}
