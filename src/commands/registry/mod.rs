//! docker's registry commands that are not `login`/`logout`: `search`.

pub mod search;
