//! Negotiation analyses over the engine (to come).
