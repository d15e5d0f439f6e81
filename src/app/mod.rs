//! The Yew user interface (to come).
