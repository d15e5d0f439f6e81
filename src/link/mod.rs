//! The link codec (to come).
