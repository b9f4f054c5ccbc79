//! Typed flag values, parsed once, with docker's wording for bad input.

pub mod boolean;
