//! [`SimilarityIndex`] as the library index keeps it between runs ([`crate::binary`]):
//! what `similar` compares, read back without reading a role. Every term read is checked
//! against the number of terms, so a damaged index is refused, never trusted.

use super::super::fusion::Fusion;
use super::SimilarityIndex;
use crate::binary::{Invalid, Read, Reader, Writer};

impl SimilarityIndex {
    /// Writes the index in the layout [`SimilarityIndex::restore`] reads.
    pub fn store(&self, out: &mut Writer) {
        out.len(self.vectors.len());
        out.len(self.term_count);
        out.f64s(&self.weights);
        out.f64s(&self.fusion.weights);
        out.f64(self.fusion.k);
        for facets in &self.vectors {
            for vector in facets {
                out.vector(vector);
            }
        }
    }

    /// The index [`SimilarityIndex::store`] wrote, if it is whole and consistent: an index
    /// of `roles` roles whose every term is within its count.
    pub fn restore(read: &mut Reader, roles: usize) -> Read<SimilarityIndex> {
        if read.len(0)? != roles {
            return Err(Invalid);
        }
        let term_count = read.u32()? as usize;
        let weights: [f64; 5] = read.f64s()?.try_into().map_err(|_| Invalid)?;
        let fusion = Fusion {
            weights: read.f64s()?.try_into().map_err(|_| Invalid)?,
            k: read.f64()?,
        };
        let vectors = (0..roles)
            .map(|_| {
                let mut facets: [Vec<_>; 5] = Default::default();
                for facet in &mut facets {
                    *facet = read.vector(term_count)?;
                }
                Ok(facets)
            })
            .collect::<Read<Vec<_>>>()?;
        // Every term is some role's (a comparison lays a role's terms out dense over all
        // terms): a count beyond the terms stored is not an index's.
        let stored: usize = vectors.iter().flatten().map(Vec::len).sum();
        if term_count > stored {
            return Err(Invalid);
        }
        Ok(SimilarityIndex::of_vectors(
            vectors, weights, fusion, term_count,
        ))
    }
}
