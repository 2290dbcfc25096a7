//! The commands that look across the library: `similar`, `gap` and `matrix`.

use std::io::Write;

use crate::cli::{GapArgs, MatrixArgs, SimilarArgs};
use crate::diff::{compare_roles, round};
use crate::error::{EXIT_SUCCESS, Error};
use crate::library::Library;
use crate::matching::DEFAULT_THRESHOLD;
use crate::output::{self, Matrix, Neighbour};
use crate::role::Role;
use crate::section::Section;
use crate::similarity::SimilarityIndex;
use crate::terminal::Terminal;

/// `similar ROLE`: every other role of the library, most similar first.
pub fn similar(
    library: &mut Library,
    args: &SimilarArgs,
    terminal: &Terminal,
    out: &mut dyn Write,
) -> Result<u8, Error> {
    let target = library.resolve(&args.role)?;
    let (roles, position) = with_role(library.load_all(), target);
    let index = SimilarityIndex::build(&roles);
    let neighbours: Vec<Neighbour> = index
        .ranked(position)
        .into_iter()
        .take(args.top)
        .map(|(other, score)| Neighbour {
            id: roles[other].id.clone(),
            title: roles[other].title.clone(),
            similarity: round(score),
            drivers: index
                .drivers(position, other)
                .into_iter()
                .map(crate::similarity::Facet::name)
                .collect(),
        })
        .collect();
    output::render_similar(
        &roles[position].title,
        &neighbours,
        args.format,
        terminal,
        out,
    )?;
    leave_to_exit((roles, index));
    Ok(EXIT_SUCCESS)
}

/// `gap FROM TO`: what carries over and what to learn.
pub fn gap(
    library: &mut Library,
    args: &GapArgs,
    terminal: &Terminal,
    out: &mut dyn Write,
) -> Result<u8, Error> {
    let from = library.resolve(&args.from)?;
    let to = library.resolve(&args.to)?;
    let matcher = crate::matcher(library, Some(DEFAULT_THRESHOLD))?;
    let diff = compare_roles(&from, &to, &Section::ALL, &matcher);
    output::render_gap(
        &crate::gap::role_gap(&diff, &to),
        args.format,
        terminal,
        out,
    )?;
    Ok(EXIT_SUCCESS)
}

/// The most roles `matrix` shows as a table: already wider than most terminals.
pub const MAX_MATRIX_TABLE_ROLES: usize = 100;

/// `matrix [ROLE...]`: pairwise similarity, measured against the whole library.
pub fn matrix(
    library: &mut Library,
    args: &MatrixArgs,
    terminal: &Terminal,
    out: &mut dyn Write,
) -> Result<u8, Error> {
    let mut roles: Vec<Role> = library.load_all();
    let positions: Vec<usize> = if args.roles.is_empty() {
        (0..roles.len()).collect()
    } else {
        let mut positions = Vec::new();
        for name in &args.roles {
            // A role of the library named by its id is already loaded: no need to read its
            // file again.
            if let Some(position) = roles.iter().position(|role| role.id == *name) {
                positions.push(position);
                continue;
            }
            let role = library.resolve(name)?;
            let (with, position) = with_role(roles, role);
            roles = with;
            positions.push(position);
        }
        positions
    };
    // Refused before the work: a table of thousands of columns is for no one to read, and
    // the table library would hold every cell of it (over a GiB at 2,000 roles).
    if args.format == output::MatrixFormat::Table && positions.len() > MAX_MATRIX_TABLE_ROLES {
        return Err(Error::TooWide {
            roles: positions.len(),
            limit: MAX_MATRIX_TABLE_ROLES,
        });
    }
    let index = SimilarityIndex::build(&roles);
    let matrix = Matrix {
        roles: positions.iter().map(|&i| roles[i].id.clone()).collect(),
        similarity: positions
            .iter()
            .map(|&i| {
                positions
                    .iter()
                    .map(|&j| round(index.similarity(i, j)))
                    .collect()
            })
            .collect(),
    };
    output::render_matrix(&matrix, args.format, terminal, out)?;
    leave_to_exit((roles, index));
    Ok(EXIT_SUCCESS)
}

/// Leaves a large library's roles and index for the end of the process to reclaim: freeing
/// a thousand roles string by string costs a tenth of a `similar` run, and the process ends
/// right after this command.
fn leave_to_exit<T>(value: T) {
    std::mem::forget(value);
}

/// `roles` with `role` among them (a role file named by path may be outside the library),
/// and its position.
fn with_role(mut roles: Vec<Role>, role: Role) -> (Vec<Role>, usize) {
    if let Some(position) = roles
        .iter()
        .position(|r| r.id == role.id && r.source == role.source)
    {
        return (roles, position);
    }
    roles.push(role);
    let position = roles.len() - 1;
    (roles, position)
}
