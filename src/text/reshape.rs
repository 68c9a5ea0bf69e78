//! What Ochiq says about a reshape: why an unpivot was refused, with the rows that collide
//! numbered as the table shows them.

use crate::core::recipe::reshape::Refusal;
use crate::i18n::I18n;
use crate::tr;

/// Why an unpivot was refused. `first_row` is the row number of the table's first row.
pub fn refusal_text(i18n: &I18n, refusal: &Refusal, first_row: u64) -> String {
    match refusal {
        Refusal::SamePeriod { period, columns } => tr!(
            i18n,
            "unpivot-refused-columns",
            first = columns.0.as_str(),
            second = columns.1.as_str(),
            period = period.as_str()
        ),
        Refusal::Collision { rows, key, count } => {
            let number = |r: usize| (first_row + r as u64).to_string();
            let pairs: Vec<String> = rows
                .iter()
                .map(|&(a, b)| {
                    tr!(
                        i18n,
                        "unpivot-row-pair",
                        first = number(a),
                        second = number(b)
                    )
                })
                .collect();
            let pairs = pairs.join(", ");
            let n: usize = *count;
            tr!(
                i18n,
                "unpivot-refused-rows",
                pairs = pairs.as_str(),
                key = key.as_str(),
                count = n
            )
        }
    }
}
