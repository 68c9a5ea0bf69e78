//! A sheet's merged ranges, read straight from the XLSX package. They are written after the
//! sheet's data, so a reader that tokenises the sheet's XML to find them parses every cell
//! once more before the first row can be shown; inflating the part and searching its bytes
//! for `mergeCell` costs a fraction of that. Anything unexpected gives `None`, and the
//! caller asks calamine instead.

use std::io::Read;
use std::path::Path;

use calamine::Dimensions;
use regex::Regex;

/// The merged ranges of the `index`-th sheet (in workbook order) of the XLSX at `path`.
pub(super) fn merged_ranges(path: &Path, index: usize) -> Option<Vec<Dimensions>> {
    let file = std::fs::File::open(path).ok()?;
    let mut zip = zip::ZipArchive::new(std::io::BufReader::new(file)).ok()?;
    let part = sheet_part(&mut zip, index)?;
    let mut entry = zip.by_name(&part).ok()?;
    let finder = memchr::memmem::Finder::new(b"mergeCell");
    let mut buf = vec![0u8; 256 * 1024];
    // The bytes kept from the previous read, so a name split between reads is found.
    let mut carry = 0usize;
    loop {
        let n = entry.read(&mut buf[carry..]).ok()?;
        if n == 0 {
            return Some(Vec::new());
        }
        let filled = carry + n;
        if let Some(at) = finder.find(&buf[..filled]) {
            // From the first `mergeCell` on, the rest of the part is the short footer.
            let mut tail = buf[at.saturating_sub(2)..filled].to_vec();
            entry.read_to_end(&mut tail).ok()?;
            return Some(parse_merge_cells(&String::from_utf8_lossy(&tail)));
        }
        carry = 16.min(filled);
        buf.copy_within(filled - carry..filled, 0);
    }
}

/// The path inside the package of the `index`-th sheet, from the workbook and its
/// relationships.
fn sheet_part<R: Read + std::io::Seek>(
    zip: &mut zip::ZipArchive<R>,
    index: usize,
) -> Option<String> {
    let text = |zip: &mut zip::ZipArchive<R>, name: &str| -> Option<String> {
        let mut s = String::new();
        zip.by_name(name).ok()?.read_to_string(&mut s).ok()?;
        Some(s)
    };
    let workbook = text(zip, "xl/workbook.xml")?;
    let rels = text(zip, "xl/_rels/workbook.xml.rels")?;
    let sheet = Regex::new(r"<(?:\w+:)?sheet\s[^>]*>").ok()?;
    let id = Regex::new(r#"\s\w+:id\s*=\s*"([^"]*)""#).ok()?;
    let tag = sheet.find_iter(&workbook).nth(index)?.as_str();
    let rid = id.captures(tag)?.get(1)?.as_str();
    let relation = Regex::new(r"<(?:\w+:)?Relationship\s[^>]*>").ok()?;
    let rel_id = Regex::new(r#"\sId\s*=\s*"([^"]*)""#).ok()?;
    let rel_target = Regex::new(r#"\sTarget\s*=\s*"([^"]*)""#).ok()?;
    let attr = |re: &Regex, tag: &str| -> Option<String> {
        Some(re.captures(tag)?.get(1)?.as_str().to_owned())
    };
    let target = relation
        .find_iter(&rels)
        .map(|m| m.as_str())
        .find(|tag| attr(&rel_id, tag).as_deref() == Some(rid))
        .and_then(|tag| attr(&rel_target, tag))?;
    Some(match target.strip_prefix('/') {
        Some(absolute) => absolute.to_owned(),
        None => format!("xl/{target}"),
    })
}

/// `<mergeCell ref="A4:A5"/>` elements into 0-based (row, column) ranges.
fn parse_merge_cells(xml: &str) -> Vec<Dimensions> {
    let Ok(re) =
        Regex::new(r#"<(?:\w+:)?mergeCell\s[^>]*\bref\s*=\s*"([A-Za-z]+\d+)(?::([A-Za-z]+\d+))?""#)
    else {
        return Vec::new();
    };
    re.captures_iter(xml)
        .filter_map(|c| {
            let start = cell_ref(c.get(1)?.as_str())?;
            let end = c.get(2).map_or(Some(start), |m| cell_ref(m.as_str()))?;
            Some(Dimensions::new(start, end))
        })
        .collect()
}

/// `AB12` → (11, 27): 0-based row and column.
fn cell_ref(r: &str) -> Option<(u32, u32)> {
    let split = r.find(|c: char| c.is_ascii_digit())?;
    let (letters, digits) = r.split_at(split);
    let mut col = 0u32;
    for b in letters.bytes() {
        col = col
            .checked_mul(26)?
            .checked_add(u32::from(b.to_ascii_uppercase() - b'A') + 1)?;
    }
    let row: u32 = digits.parse().ok()?;
    Some((row.checked_sub(1)?, col.checked_sub(1)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cell_references_become_rows_and_columns() {
        assert_eq!(cell_ref("A1"), Some((0, 0)));
        assert_eq!(cell_ref("F4"), Some((3, 5)));
        assert_eq!(cell_ref("AB12"), Some((11, 27)));
        assert_eq!(cell_ref("A0"), None);
        assert_eq!(cell_ref("12"), None);
    }

    #[test]
    fn merge_cells_are_read_with_or_without_a_prefix() {
        let xml = r#"<mergeCells count="3"><mergeCell ref="A4:A5"/><x:mergeCell ref="C4:F4"/><mergeCell ref="B2"/></mergeCells>"#;
        let found: Vec<((u32, u32), (u32, u32))> = parse_merge_cells(xml)
            .iter()
            .map(|d| (d.start, d.end))
            .collect();
        assert_eq!(
            found,
            [((3, 0), (4, 0)), ((3, 2), (3, 5)), ((1, 1), (1, 1))]
        );
    }
}
