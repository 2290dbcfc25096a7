//! One-to-one assignment of candidate pairs, best score first.

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
    candidates.sort_by(|x, y| {
        y.score
            .total_cmp(&x.score)
            .then((x.a + x.b).cmp(&(y.a + y.b)))
    });
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
}
