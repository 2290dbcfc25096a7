//! Pure computations over loaded roles: the comparison of two roles, the gap from one to
//! another, the similarity of roles across a library, and the checks of `validate`. No
//! input or output here: commands load, these compute, renderers print.

pub mod choice;
pub mod degree;
pub mod diff;
pub mod find;
pub mod fusion;
pub mod gap;
pub mod related;
pub mod similarity;
pub mod validate;
