//! Sparse vectors of weighted terms, as the similarity index and `find` compare them.

/// A sparse vector: (term, weight), sorted by term.
pub type Vector = Vec<(u32, f64)>;

/// The L2-normalised, sorted TF-IDF vector of term counts (sublinear term frequency:
/// `1 + ln(count)`); terms of no count are left out.
#[must_use]
pub fn tf_idf(counts: impl IntoIterator<Item = (u32, f64)>, idf: &[f64]) -> Vector {
    tf_idf_with_norm(counts, idf).0
}

/// [`tf_idf`], and the L2 norm the vector had before it was normalised: how much text
/// stands behind it.
#[must_use]
pub fn tf_idf_with_norm(
    counts: impl IntoIterator<Item = (u32, f64)>,
    idf: &[f64],
) -> (Vector, f64) {
    let mut vector: Vector = counts
        .into_iter()
        .filter(|(_, count)| *count > 0.0)
        .collect();
    let norm = tf_idf_in_place(&mut vector, idf);
    (vector, norm)
}

/// [`tf_idf_with_norm`] on term counts in place: each count becomes its normalised weight,
/// and the entries are sorted by term. Returns the norm before normalising.
pub fn tf_idf_in_place(entries: &mut [(u32, f64)], idf: &[f64]) -> f64 {
    for entry in entries.iter_mut() {
        entry.1 = (1.0 + entry.1.ln().max(0.0)) * idf[entry.0 as usize];
    }
    let norm = entries.iter().map(|(_, w)| w * w).sum::<f64>().sqrt();
    if norm > 0.0 {
        for entry in entries.iter_mut() {
            entry.1 /= norm;
        }
    }
    entries.sort_unstable_by_key(|entry| entry.0);
    norm
}

/// The dot product of two sparse vectors; their cosine when both are L2-normalised.
#[must_use]
pub fn dot(a: &[(u32, f64)], b: &[(u32, f64)]) -> f64 {
    let (mut i, mut j, mut sum) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                sum += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    sum
}

/// [`dot`] of a vector laid out dense (its weight at each term's index, 0 where it has
/// none) and a sparse one: one look-up a term of `b`, for scoring one text against
/// thousands of names. The products are added in the same order, so the sum is the same.
#[must_use]
pub fn dot_dense(a: &[f64], b: &[(u32, f64)]) -> f64 {
    let mut sum = 0.0;
    for &(term, weight) in b {
        let mine = a[term as usize];
        if mine != 0.0 {
            sum += mine * weight;
        }
    }
    sum
}

/// The dot product of two sparse vectors with the largest single term tempered: what it
/// adds beyond all the other shared terms together counts only `share` of itself, so that
/// one rare word in common ("extract") does not make two roles alike. Vectors whose shared
/// terms make up most of both (two copies of a role) are not tempered.
#[must_use]
pub fn tempered_dot(a: &Vector, b: &Vector, share: f64) -> f64 {
    let (mut i, mut j) = (0, 0);
    let mut shared = Shared::default();
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared.add(a[i].1, b[j].1);
                i += 1;
                j += 1;
            }
        }
    }
    shared.tempered(share)
}

/// Sparse vectors turned around: for each term, the vectors that have it (by their index)
/// with its weight there. Scoring one vector against all of them then costs what the
/// vector's own terms are shared, not the size of every vector.
#[derive(Debug, Clone, Default)]
pub struct Postings {
    /// Where each term's entries start in `entries`; one more than there are terms.
    starts: Vec<u32>,
    /// (vector, weight) of every term of every vector, term by term, in vector order.
    entries: Vec<(u32, f64)>,
}

impl Postings {
    /// The postings of `vectors`, whose terms are below `terms`.
    #[must_use]
    pub fn new(vectors: &[&[(u32, f64)]], terms: usize) -> Postings {
        let mut starts = vec![0u32; terms + 1];
        for &(term, _) in vectors.iter().copied().flatten() {
            starts[term as usize + 1] += 1;
        }
        for term in 0..terms {
            starts[term + 1] += starts[term];
        }
        let mut next: Vec<u32> = starts[..terms].to_vec();
        let mut entries = vec![(0u32, 0.0f64); starts[terms] as usize];
        for (index, vector) in vectors.iter().enumerate() {
            for &(term, weight) in *vector {
                let slot = &mut next[term as usize];
                entries[*slot as usize] = (index as u32, weight);
                *slot += 1;
            }
        }
        Postings { starts, entries }
    }

    /// [`tempered_dot`] of `a` with each of the `count` vectors: the same sums, added in
    /// the same order (term by term), as each would give alone.
    #[must_use]
    pub fn tempered_dots(&self, a: &[(u32, f64)], count: usize, share: f64) -> Vec<f64> {
        let mut shared = vec![Shared::default(); count];
        for &(term, mine) in a {
            let term = term as usize;
            if mine == 0.0 || term + 1 >= self.starts.len() {
                continue;
            }
            let span = self.starts[term] as usize..self.starts[term + 1] as usize;
            for &(index, weight) in &self.entries[span] {
                shared[index as usize].add(mine, weight);
            }
        }
        shared.iter().map(|pair| pair.tempered(share)).collect()
    }
}

/// What two vectors share: the sum of the products of their shared terms, the largest
/// product, and the squared weight of the shared terms in each.
#[derive(Debug, Clone, Copy, Default)]
struct Shared {
    sum: f64,
    top: f64,
    mass_a: f64,
    mass_b: f64,
}

impl Shared {
    fn add(&mut self, a: f64, b: f64) {
        let product = a * b;
        self.sum += product;
        self.top = self.top.max(product);
        self.mass_a += a * a;
        self.mass_b += b * b;
    }

    fn tempered(&self, share: f64) -> f64 {
        if self.mass_a >= 0.5 && self.mass_b >= 0.5 {
            return self.sum;
        }
        let excess = (self.top - (self.sum - self.top)).max(0.0);
        self.sum - (1.0 - share) * excess
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lone_shared_term_counts_only_its_share() {
        let a: Vector = vec![(1, 0.6), (2, 0.8)];
        let lone: Vector = vec![(1, 1.0)];
        assert!((dot(&a, &lone) - 0.6).abs() < 1e-12);
        assert!((tempered_dot(&a, &lone, 0.25) - 0.15).abs() < 1e-12);
        // Two terms of equal weight in common: nothing to temper.
        let b: Vector = vec![(1, 0.8), (2, 0.6)];
        assert!((tempered_dot(&a, &b, 0.25) - dot(&a, &b)).abs() < 1e-12);
        // A role and its copy share all they have: nothing to temper either.
        assert_eq!(tempered_dot(&a, &a, 0.25), dot(&a, &a));
        // The postings of several vectors agree with each alone, to the bit.
        let others = [&lone, &b, &a, &Vector::new()];
        let postings = Postings::new(&others.map(Vec::as_slice), 3);
        let all = postings.tempered_dots(&a, others.len(), 0.25);
        for (other, together) in others.iter().zip(all) {
            assert_eq!(together, tempered_dot(&a, other, 0.25));
        }
    }
}
