//! The inventory tab and reading an approved list from Excel, driven as a user would.
