//! Reading the organisation's approved list from a table (the Excel list a ministry keeps).
