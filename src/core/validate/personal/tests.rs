use super::*;
use crate::core::table::Table;

fn table(header: &[&str], rows: &[&[&str]]) -> Table {
    let rows: Vec<Vec<&str>> = rows.iter().map(|r| r.to_vec()).collect();
    Table::from_rows(header, &rows)
}

fn kinds(t: &Table) -> Vec<(String, PersonalKind)> {
    scan_table(t)
        .into_iter()
        .map(|c| (c.field, c.kind))
        .collect()
}

const PINFLS: [&str; 4] = [
    "31203851234558",
    "41507920110017",
    "52802030330014",
    "30101750440021",
];

#[test]
fn a_pinfl_has_a_century_digit_and_a_real_birth_date() {
    for p in PINFLS {
        assert!(is_pinfl(p), "{p}");
    }
    // A first digit outside 1–6, day 32, month 13, 29 February of a year that has none.
    for not in [
        "71203851234558",
        "03203851234558",
        "33203851234558",
        "31213851234558",
        "32902011234558",
        "3120385123455",
        "312038512345589",
        "3120385123455a",
    ] {
        assert!(!is_pinfl(not), "{not}");
    }
    assert!(is_pinfl("52902001234558"), "29.02.2000 is a real day");
    assert!(!is_pinfl("32902001234558"), "29.02.1900 is not");
}

#[test]
fn a_column_of_pinfls_is_personal_and_its_examples_are_masked() {
    let t = table(
        &["No", "JShShIR"],
        &[
            &["1", PINFLS[0]],
            &["2", PINFLS[1]],
            &["3", PINFLS[2]],
            &["4", PINFLS[3]],
        ],
    );
    let found = scan_table(&t);
    assert_eq!(found.len(), 1, "{found:?}");
    let c = &found[0];
    assert_eq!(
        (c.field.as_str(), c.kind, c.count),
        ("JShShIR", PersonalKind::Pinfl, 4)
    );
    assert_eq!(c.examples, vec!["3•••••••••••58", "4•••••••••••17"]);
    for e in &c.examples {
        assert!(!PINFLS.iter().any(|p| e.contains(p)));
    }
}

#[test]
fn numbers_that_look_like_pinfls_with_impossible_dates_are_not_personal() {
    // 14 digits whose "dates" are 45.67.89 and the like: account numbers, not people.
    let t = table(
        &["hisob"],
        &[
            &["34567891234567"],
            &["94567891234567"],
            &["14599001234567"],
            &["23213001234567"],
        ],
    );
    assert!(kinds(&t).is_empty());
}

#[test]
fn passports_are_two_latin_letters_and_seven_digits() {
    assert!(is_passport("AA1234567"));
    assert!(is_passport("AB 7654321"));
    assert!(!is_passport("AA123456"));
    assert!(!is_passport("A1234567"));
    assert!(!is_passport("АА1234567"), "Cyrillic letters are no series");
    let t = table(
        &["hujjat"],
        &[&["AA1234567"], &["AB 7654321"], &["AC0000001"]],
    );
    assert_eq!(kinds(&t), vec![("hujjat".into(), PersonalKind::Passport)]);
}

#[test]
fn full_names_are_found_by_the_patronymic_in_every_script() {
    for name in [
        "Karimov Aziz Rustamovich",
        "Aliyeva Dilnoza Akmalovna",
        "Тошматов Бахтиёр Алиевич",
        "Иванова Мария Петровна",
        "Rahimov Jasur Olim oʻgʻli",
        "Rahimov Jasur Olim o'g'li",
        "Yusupova Malika Anvar qizi",
        "Раҳимов Жасур Олим ўғли",
        "Юсупова Малика Анвар қизи",
    ] {
        assert!(is_full_name(name), "{name}");
    }
    for not in [
        "Rustamovich",
        "“Abramovich” MChJ",
        "Aliyevich nomidagi 5-maktab",
        "Toshkent viloyati hokimligi",
        "ООО «Петрович»",
        "Sogʻliqni saqlash vazirligi",
        "москвич",
        "Navoiy koʻchasi 12",
    ] {
        assert!(!is_full_name(not), "{not}");
    }
}

#[test]
fn phones_addresses_and_birth_dates_count_only_beside_names() {
    let with_names = table(
        &["F.I.Sh.", "sana", "telefon", "manzil"],
        &[
            &[
                "Karimov Aziz Rustamovich",
                "12.03.1985",
                "+998 90 123 45 67",
                "Navoiy koʻchasi, 12-uy, 5-xonadon",
            ],
            &[
                "Aliyeva Dilnoza Akmalovna",
                "01.07.1979",
                "+998 91 765 43 21",
                "Bobur ko'chasi 3-uy",
            ],
            &[
                "Тошматов Бахтиёр Алиевич",
                "30.11.1990",
                "998935554433",
                "ул. Навои, д. 5, кв. 7",
            ],
        ],
    );
    assert_eq!(
        kinds(&with_names),
        vec![
            ("F.I.Sh.".into(), PersonalKind::FullName),
            ("sana".into(), PersonalKind::BirthDate),
            ("telefon".into(), PersonalKind::Phone),
            ("manzil".into(), PersonalKind::Address),
        ]
    );
    // The same columns of organisations: nothing personal.
    let organisations = table(
        &["tashkilot", "sana", "telefon", "manzil"],
        &[
            &[
                "“Agro Invest” MChJ",
                "12.03.1985",
                "+998 71 123 45 67",
                "Navoiy koʻchasi, 12-uy",
            ],
            &[
                "Toshkent viloyati hokimligi",
                "01.07.1979",
                "+998 71 765 43 21",
                "Bobur ko'chasi 3-uy",
            ],
            &[
                "ООО «Восток»",
                "30.11.1990",
                "998712554433",
                "ул. Навои, д. 5",
            ],
        ],
    );
    assert!(
        kinds(&organisations).is_empty(),
        "{:?}",
        kinds(&organisations)
    );
}

#[test]
fn a_birth_date_is_found_by_its_label_alone() {
    let t = table(
        &["Tugʻilgan sanasi"],
        &[&["12.03.1985"], &["1979-07-01"], &["30.11.2012"]],
    );
    assert_eq!(
        kinds(&t),
        vec![("Tugʻilgan sanasi".into(), PersonalKind::BirthDate)]
    );
    let ru = table(
        &["Дата рождения"],
        &[&["12.03.1985"], &["01.07.1979"], &["30.11.1990"]],
    );
    assert_eq!(kinds(&ru).len(), 1);
}

#[test]
fn organisation_codes_names_and_phones_are_not_personal() {
    let t = table(
        &["STIR", "SOATO", "OKED", "Tashkilot nomi", "Telefon", "Sana"],
        &[
            &[
                "201234567",
                "1726",
                "01110",
                "“Oʻzbekiston temir yoʻllari” AJ",
                "+998 71 238 80 28",
                "01.01.2024",
            ],
            &[
                "302345678",
                "1726269",
                "47190",
                "Sogʻliqni saqlash vazirligi",
                "(71) 239-47-97",
                "01.02.2024",
            ],
            &[
                "203456789",
                "1703202",
                "85590",
                "Buxoro viloyati hokimligi",
                "+998 65 223 10 10",
                "01.03.2024",
            ],
            &[
                "304567891",
                "1735401",
                "62010",
                "ООО «Artel Electronics»",
                "998712000000",
                "01.04.2024",
            ],
        ],
    );
    assert!(kinds(&t).is_empty(), "{:?}", kinds(&t));
}

#[test]
fn the_heads_of_organisations_in_a_register_of_organisations_are_not_personal() {
    let t = table(
        &["STIR", "Yuridik nomi", "Manzili", "Rahbari"],
        &[
            &[
                "205188294",
                "“OʻZBEKISTON” NMIU",
                "Navoiy koʻchasi, 30-uy",
                "Muxammadiyev Toʻlqin Tursunovich",
            ],
            &[
                "201051699",
                "“SHARQ”",
                "Buyuk Turon koʻchasi, 41-uy",
                "Gulyamov Otabek Akmalovich",
            ],
            &[
                "201122450",
                "Milliy kutubxona nashriyoti",
                "Navoiy koʻchasi, 1-uy",
                "Teshabayeva Umida Anvarovna",
            ],
        ],
    );
    assert!(kinds(&t).is_empty(), "{:?}", kinds(&t));
    // A director's name under its label, without any organisation column.
    let heads = table(
        &["Direktor"],
        &[
            &["Karimov Aziz Rustamovich"],
            &["Aliyeva Dilnoza Akmalovna"],
            &["Saidov Bobur Olimovich"],
        ],
    );
    assert!(kinds(&heads).is_empty());
}

#[test]
fn a_stray_value_in_a_large_column_is_no_finding() {
    let mut rows: Vec<Vec<String>> = (0..20).map(|i| vec![format!("{}", 100 + i)]).collect();
    rows[3][0] = PINFLS[0].into();
    rows[7][0] = PINFLS[1].into();
    let t = Table::from_rows(&["kod".to_string()], &rows);
    assert!(kinds(&t).is_empty());
}

#[test]
fn masked_values_do_not_trigger_the_guard_again() {
    let masked: Vec<Vec<String>> = PINFLS
        .iter()
        .map(|p| {
            vec![
                mask(p),
                mask("Karimov Aziz Rustamovich"),
                mask("AA1234567"),
                mask("12.03.1985"),
            ]
        })
        .collect();
    let t = Table::from_rows(
        &["JShShIR", "F.I.Sh.", "Pasport", "Tugʻilgan sana"].map(String::from),
        &masked,
    );
    assert!(kinds(&t).is_empty(), "{:?}", kinds(&t));
    assert_eq!(mask("AA1234567"), "A•••••••7");
    assert_eq!(mask("ab"), "••");
}

#[test]
fn a_review_covers_the_columns_it_names() {
    let found = vec![
        PersonalColumn {
            column: 0,
            field: "F.I.Sh.".into(),
            kind: PersonalKind::FullName,
            count: 3,
            values: 3,
            examples: vec![],
        },
        PersonalColumn {
            column: 1,
            field: "JShShIR".into(),
            kind: PersonalKind::Pinfl,
            count: 3,
            values: 3,
            examples: vec![],
        },
    ];
    assert_eq!(unreviewed(&found, None).len(), 2);
    let review = PersonalReview {
        columns: vec!["F.I.Sh.".into()],
        ..PersonalReview::default()
    };
    let left = unreviewed(&found, Some(&review));
    assert_eq!(left.len(), 1);
    assert_eq!(left[0].field, "JShShIR");
}
