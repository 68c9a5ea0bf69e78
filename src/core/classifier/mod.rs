//! Reference classifiers (being written).
