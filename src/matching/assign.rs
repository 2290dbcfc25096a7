//! One-to-one assignment of candidate pairs, best score first.

use std::cmp::Ordering;
use std::collections::BinaryHeap;

/// A possible pairing of item `a` of one role with item `b` of the other.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Candidate {
    /// Index into the first role's items.
    pub a: usize,
    /// Index into the second role's items.
    pub b: usize,
    /// How alike the two are; higher is better.
    pub score: f64,
}

/// Picks pairs greedily, best score first, so that no item is used twice.
///
/// Ties are broken by `a + b`: two tied candidates that compete for an item differ in the
/// other index, so the order between them is the same whichever role comes first, and
/// `compare A B` mirrors `compare B A`. Tied candidates that do not compete cannot change
/// each other's outcome. Returned pairs are in order of `a`.
#[must_use]
pub fn assign(mut candidates: Vec<Candidate>, len_a: usize, len_b: usize) -> Vec<Candidate> {
    candidates.sort_by(better_first);
    let mut used_a = vec![false; len_a];
    let mut used_b = vec![false; len_b];
    let mut chosen = Vec::new();
    for candidate in candidates {
        if !used_a[candidate.a] && !used_b[candidate.b] {
            used_a[candidate.a] = true;
            used_b[candidate.b] = true;
            chosen.push(candidate);
        }
    }
    chosen.sort_by_key(|c| c.a);
    chosen
}

/// The order in which [`assign`] takes candidates: best score first, ties to the pair of
/// the earliest items in either order.
fn better_first(x: &Candidate, y: &Candidate) -> Ordering {
    y.score
        .total_cmp(&x.score)
        .then((x.a + x.b).cmp(&(y.a + y.b)))
}

/// How many candidates each item keeps on either side: more than any real section offers
/// one item (a handful at most), so a shortlist changes nothing there.
pub const PER_ITEM: usize = 32;

/// The candidates worth assigning, gathered one item of the first role at a time: each
/// pair among the [`PER_ITEM`] best of its item of the first role or of its item of the
/// second. Two sections of thousands of near-duplicate items offer millions of candidate
/// pairs; the shortlist holds a number linear in the items, and the same pairs whichever
/// role comes first, so `compare A B` still mirrors `compare B A`.
#[derive(Debug)]
pub struct Shortlist {
    kept: Vec<Candidate>,
    /// The best candidates of each item of the second role so far, worst on top.
    columns: Vec<BinaryHeap<Worst>>,
}

impl Shortlist {
    /// An empty shortlist for a second role of `len_b` items.
    #[must_use]
    pub fn new(len_b: usize) -> Shortlist {
        Shortlist {
            kept: Vec::new(),
            columns: (0..len_b).map(|_| BinaryHeap::new()).collect(),
        }
    }

    /// Offers the candidates of one item of the first role.
    pub fn offer(&mut self, mut row: Vec<Candidate>) {
        for &candidate in &row {
            let column = &mut self.columns[candidate.b];
            column.push(Worst(candidate));
            if column.len() > PER_ITEM {
                column.pop();
            }
        }
        if row.len() > PER_ITEM {
            row.select_nth_unstable_by(PER_ITEM - 1, better_first);
            row.truncate(PER_ITEM);
        }
        self.kept.append(&mut row);
    }

    /// The candidates kept, each once.
    #[must_use]
    pub fn into_candidates(self) -> Vec<Candidate> {
        let mut all = self.kept;
        all.extend(
            self.columns
                .into_iter()
                .flat_map(BinaryHeap::into_vec)
                .map(|Worst(candidate)| candidate),
        );
        all.sort_by_key(|c| (c.a, c.b));
        all.dedup_by_key(|c| (c.a, c.b));
        all
    }
}

/// A candidate ordered so that a max-heap holds the worst on top.
#[derive(Debug)]
struct Worst(Candidate);

impl Ord for Worst {
    fn cmp(&self, other: &Self) -> Ordering {
        better_first(&self.0, &other.0)
    }
}

impl PartialOrd for Worst {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for Worst {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Worst {}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(chosen: &[Candidate]) -> Vec<(usize, usize)> {
        chosen.iter().map(|c| (c.a, c.b)).collect()
    }

    #[test]
    fn ties_go_to_the_pair_of_the_earliest_items_in_either_order() {
        let tied = |a, b| Candidate { a, b, score: 0.8 };
        // Item 0 of each side: the pair (0, 0) wins its ties, however they were listed.
        for listed in [
            vec![tied(0, 1), tied(0, 0), tied(1, 0)],
            vec![tied(1, 0), tied(0, 1), tied(0, 0)],
        ] {
            assert_eq!(pairs(&assign(listed, 2, 2)), [(0, 0)]);
        }
        // Item 2 of one side, tied with items 3 and 4 of the other: the earlier wins.
        for listed in [vec![tied(2, 4), tied(2, 3)], vec![tied(2, 3), tied(2, 4)]] {
            assert_eq!(pairs(&assign(listed, 3, 5)), [(2, 3)]);
        }
    }

    #[test]
    fn best_score_wins_and_items_are_used_once() {
        let candidates = vec![
            Candidate {
                a: 0,
                b: 0,
                score: 0.5,
            },
            Candidate {
                a: 0,
                b: 1,
                score: 0.9,
            },
            Candidate {
                a: 1,
                b: 1,
                score: 0.8,
            },
        ];
        assert_eq!(pairs(&assign(candidates, 2, 2)), [(0, 1)]);
    }

    #[test]
    fn ties_resolve_the_same_way_when_mirrored() {
        let forward = vec![
            Candidate {
                a: 0,
                b: 1,
                score: 1.0,
            },
            Candidate {
                a: 1,
                b: 1,
                score: 1.0,
            },
            Candidate {
                a: 1,
                b: 0,
                score: 1.0,
            },
        ];
        let mirrored: Vec<_> = forward
            .iter()
            .map(|c| Candidate {
                a: c.b,
                b: c.a,
                score: c.score,
            })
            .collect();
        let there = pairs(&assign(forward, 2, 2));
        let mut back: Vec<_> = pairs(&assign(mirrored, 2, 2))
            .into_iter()
            .map(|(a, b)| (b, a))
            .collect();
        back.sort_unstable();
        assert_eq!(there, back);
    }

    fn shortlisted(rows: impl IntoIterator<Item = Vec<Candidate>>, len_b: usize) -> Vec<Candidate> {
        let mut shortlist = Shortlist::new(len_b);
        for row in rows {
            shortlist.offer(row);
        }
        shortlist.into_candidates()
    }

    #[test]
    fn a_shortlist_keeps_every_candidate_of_small_sections() {
        let rows: Vec<Vec<Candidate>> = (0..PER_ITEM)
            .map(|a| {
                (0..PER_ITEM)
                    .map(|b| Candidate {
                        a,
                        b,
                        score: ((a * 7 + b * 3) % 11) as f64,
                    })
                    .collect()
            })
            .collect();
        let all: Vec<Candidate> = rows.iter().flatten().copied().collect();
        assert_eq!(shortlisted(rows, PER_ITEM).len(), all.len());
    }

    #[test]
    fn a_shortlist_keeps_the_best_of_each_item_on_either_side_the_same_either_way() {
        let (len_a, len_b) = (300, 200);
        let score = |a: usize, b: usize| ((a * 31 + b * 17) % 101) as f64;
        let rows_ab = (0..len_a).map(|a| {
            (0..len_b)
                .map(|b| Candidate {
                    a,
                    b,
                    score: score(a, b),
                })
                .collect()
        });
        let rows_ba = (0..len_b).map(|b| {
            (0..len_a)
                .map(|a| Candidate {
                    a: b,
                    b: a,
                    score: score(a, b),
                })
                .collect()
        });
        let kept = shortlisted(rows_ab, len_b);
        assert!(kept.len() <= (len_a + len_b) * PER_ITEM);
        let mut mirrored: Vec<(usize, usize)> = shortlisted(rows_ba, len_a)
            .iter()
            .map(|c| (c.b, c.a))
            .collect();
        mirrored.sort_unstable();
        let kept_pairs: Vec<(usize, usize)> = kept.iter().map(|c| (c.a, c.b)).collect();
        assert_eq!(kept_pairs, mirrored);
        // Item 0 of the first role keeps its best candidate; so does item 0 of the second.
        let first_row_best = (0..len_b)
            .max_by(|&x, &y| score(0, x).total_cmp(&score(0, y)).then(y.cmp(&x)))
            .unwrap();
        assert!(kept_pairs.contains(&(0, first_row_best)));
        let first_column_best = (0..len_a)
            .max_by(|&x, &y| score(x, 0).total_cmp(&score(y, 0)).then(y.cmp(&x)))
            .unwrap();
        assert!(kept_pairs.contains(&(first_column_best, 0)));
    }
}
