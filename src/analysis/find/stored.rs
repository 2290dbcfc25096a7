//! [`FindIndex`] as the library index keeps it between runs ([`crate::binary`]): what
//! `find` searches, read back without reading a role. Every number read is checked
//! against the tables it indexes, so a damaged index is refused, never trusted.

use super::{FindIndex, NameBags, NameSpan, TermWeights, ToolsView};
use crate::binary::{Invalid, Read, Reader, Writer};
use crate::text::index::Numbering;

impl FindIndex {
    /// Writes the index in the layout [`FindIndex::restore`] reads.
    pub fn store(&self, out: &mut Writer) {
        out.len(self.roles);
        let keys: Vec<u64> = self.trigrams.ids.terms().into_iter().copied().collect();
        out.len(keys.len());
        for key in keys {
            out.u64(key);
        }
        out.f64s(&self.trigrams.idf);
        let words: Vec<String> = self.words.ids.terms().into_iter().cloned().collect();
        out.strs(&words);
        out.f64s(&self.words.idf);
        out.len(self.names.len());
        for name in &self.names {
            out.u32(name.role);
            out.u32(name.start);
            out.u32(name.end);
        }
        out.vector(&self.name_terms);
        out.vectors(&self.work);
        out.f64s(&self.work_scale);
        out.vectors(&self.bags.roles);
        out.f64s(&self.bags.idf);
        out.u32(u32::from(self.tools.is_some()));
        if let Some(tools) = &self.tools {
            let words: Vec<String> = tools.words.ids.terms().into_iter().cloned().collect();
            out.strs(&words);
            out.f64s(&tools.words.idf);
            out.vectors(&tools.roles);
        }
    }

    /// The index [`FindIndex::store`] wrote, if it is whole and consistent: an index of
    /// `roles` roles whose every term and span lies within its tables.
    pub fn restore(read: &mut Reader, roles: usize) -> Read<FindIndex> {
        if read.len(0)? != roles {
            return Err(Invalid);
        }
        let keys = (0..read.len(8)?)
            .map(|_| read.u64())
            .collect::<Read<Vec<u64>>>()?;
        let trigrams = term_weights(keys, read.f64s()?)?;
        let words = term_weights(read.strings()?, read.f64s()?)?;
        let names = (0..read.len(12)?)
            .map(|_| {
                let (role, start, end) = (read.u32()?, read.u32()?, read.u32()?);
                Ok(NameSpan { role, start, end })
            })
            .collect::<Read<Vec<NameSpan>>>()?;
        let name_terms = read.vector_parts(trigrams.idf.len())?;
        let spans_fit = names.iter().all(|name| {
            (name.role as usize) < roles
                && name.start <= name.end
                && name.end as usize <= name_terms.len()
        });
        let work = read.vectors(roles, words.idf.len())?;
        let work_scale = read.f64s()?;
        let bags = NameBags {
            roles: read.vectors(roles, trigrams.idf.len())?,
            idf: read.f64s()?,
        };
        let tools = match read.u32()? {
            0 => None,
            1 => {
                let words = term_weights(read.strings()?, read.f64s()?)?;
                let roles = read.vectors(roles, words.idf.len())?;
                Some(ToolsView { roles, words })
            }
            _ => return Err(Invalid),
        };
        if !spans_fit || work_scale.len() != roles || bags.idf.len() != trigrams.idf.len() {
            return Err(Invalid);
        }
        Ok(FindIndex {
            names,
            name_terms,
            work,
            work_scale,
            bags,
            tools,
            trigrams,
            words,
            roles,
        })
    }
}

/// Terms numbered in the order given, with their weights: one weight a term.
fn term_weights<T: std::hash::Hash + Eq>(terms: Vec<T>, idf: Vec<f64>) -> Read<TermWeights<T>> {
    if terms.len() != idf.len() {
        return Err(Invalid);
    }
    let ids = Numbering::from_terms(terms).ok_or(Invalid)?;
    Ok(TermWeights { ids, idf })
}
