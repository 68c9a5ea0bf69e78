//! The inventory tab and reading an approved list from Excel, driven as a user would: the
//! tab is drawn alone on a fresh workspace, widgets are found by the labels a person reads,
//! and what the clicks did is checked in `inventory.json` on disk.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use ochiq::core::calendar::Inventory;
use ochiq::core::calendar::import::ImportProblem;
use ochiq::core::lang::Lang;
use ochiq::core::publish::secrets::{MemoryStore, SecretStore};
use ochiq::core::publish::target::{Target, TargetKind};
use ochiq::core::schema::Periodicity;
use ochiq::core::workspace::{DatasetEntry, Workspace, WorkspaceMeta};
use ochiq::i18n::I18n;
use ochiq::tr;
use ochiq::ui::inventory::{
    self, InventoryContext, InventoryEvent, InventoryIntent, InventoryState, problem_text,
};

/// The tab alone, on a workspace of its own.
struct Tab {
    ws: Workspace,
    inventory: Inventory,
    datasets: Vec<DatasetEntry>,
    secrets: Arc<dyn SecretStore>,
    state: InventoryState,
    i18n: I18n,
    events: Vec<InventoryEvent>,
}

impl Tab {
    fn new(ws: Workspace, lang: Lang) -> Self {
        let inventory = Inventory::load(ws.root()).unwrap_or_else(|e| panic!("{e}"));
        let datasets = ws.datasets().unwrap_or_else(|e| panic!("{e}"));
        Self {
            ws,
            inventory,
            datasets,
            secrets: Arc::new(MemoryStore::default()),
            state: InventoryState::default(),
            i18n: I18n::new(lang),
            events: Vec::new(),
        }
    }

    /// Draws the tab as the calendar does: the jobs are taken in, the tab is drawn, and what
    /// it asked for is applied.
    fn ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        let mut cx = InventoryContext {
            ws: &self.ws,
            inventory: &mut self.inventory,
            datasets: &self.datasets,
            secrets: &self.secrets,
        };
        let event = inventory::tick(&mut self.state, &self.i18n, &ctx, &mut cx);
        self.events.extend(event);
        let intents = inventory::show(ui, &self.i18n, &mut self.state, &cx);
        for intent in intents {
            let event = inventory::apply(&mut self.state, intent, &self.i18n, &ctx, &mut cx);
            self.events.extend(event);
        }
    }

    /// Applies `intent` as if the tab had asked for it.
    fn ask(&mut self, ctx: &egui::Context, intent: InventoryIntent) {
        let mut cx = InventoryContext {
            ws: &self.ws,
            inventory: &mut self.inventory,
            datasets: &self.datasets,
            secrets: &self.secrets,
        };
        let event = inventory::apply(&mut self.state, intent, &self.i18n, ctx, &mut cx);
        self.events.extend(event);
    }
}

fn harness(tab: Tab) -> Harness<'static, Tab> {
    Harness::builder()
        .with_size([1280.0, 900.0])
        .with_context_setup(ochiq::ui::fonts::install)
        .build_ui_state(
            |ui, tab: &mut Tab| {
                egui::CentralPanel::default().show(ui, |ui| tab.ui(ui));
            },
            tab,
        )
}

/// A fresh workspace in a temp directory, with `targets` added to its folder target.
fn workspace(dir: &Path, targets: Vec<Target>) -> Workspace {
    let mut meta = WorkspaceMeta::default();
    meta.targets.extend(targets);
    Workspace::create(&dir.join("workspace"), meta).unwrap_or_else(|e| panic!("{e}"))
}

/// Steps until the tab's jobs are done.
fn settle(harness: &mut Harness<'_, Tab>) {
    let start = Instant::now();
    loop {
        harness.step();
        if !harness.state().state.is_busy() {
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "jobs did not end"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    harness.run_steps(3);
}

fn on_disk(ws: &Workspace) -> Inventory {
    Inventory::load(ws.root()).unwrap_or_else(|e| panic!("{e}"))
}

fn shown(harness: &Harness<'_, Tab>, text: &str) -> bool {
    harness.query_all_by_label(text).next().is_some()
}

fn set_text(harness: &mut Harness<'_, Tab>, label: &str, text: &str) {
    harness
        .get_by_role_and_label(Role::TextInput, label)
        .click();
    harness.run_steps(1);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.run_steps(1);
    harness
        .get_by_role_and_label(Role::TextInput, label)
        .type_text(text);
    harness.run_steps(1);
    // Enter leaves a one-line field, which saves the edit.
    harness.key_press(egui::Key::Enter);
    harness.run_steps(2);
}

fn choose(harness: &mut Harness<'_, Tab>, combo: &str, option: &str) {
    harness.get_by_role_and_label(Role::ComboBox, combo).click();
    harness.run_steps(2);
    harness.get_by_label(option).click();
    harness.run_steps(2);
}

/// A ministry's list as Excel writes it: a first sheet of notes, then the list under a
/// title block, with Russian and Uzbek headings ("Bajaruvchi", the person, is a word Ochiq
/// does not take for a heading), a blank row and rows with mistakes.
fn write_list(path: &Path) {
    let mut book = rust_xlsxwriter::Workbook::new();
    let notes = book.add_worksheet();
    notes
        .set_name("Izoh")
        .and_then(|s| s.write_string(0, 0, "Roʻyxat 2026-yil 15-yanvarda tasdiqlangan"))
        .unwrap_or_else(|e| panic!("{e}"));
    let sheet = book.add_worksheet();
    sheet.set_name("Roʻyxat").unwrap_or_else(|e| panic!("{e}"));
    let rows: &[&[&str]] = &[
        &["Maktabgacha va maktab taʼlimi vazirligi"],
        &["Ochiq maʼlumotlar toʻplamlari roʻyxati"],
        &[
            "№",
            "Код набора",
            "Nomi (lotin)",
            "Наименование (рус)",
            "Davriyligi",
            "Срок, дней",
            "Bajaruvchi",
        ],
        &[
            "1",
            "1-104-0012",
            "Maktabgacha taʼlim tashkilotlari",
            "Дошкольные организации",
            "har oy",
            "10",
            "A. Karimov",
        ],
        &[
            "2",
            "2-001-9842",
            "Umumtaʼlim maktablari",
            "Общеобразовательные школы",
            "ежеквартально",
            "",
            "B. Aliyeva",
        ],
        &[],
        &[
            "3",
            "1-104-0014",
            "Oliy taʼlim muassasalari",
            "Высшие учебные заведения",
            "каждый вторник?",
            "besh",
            "D. Yusupov",
        ],
        &["4", "", "", "", "yillik", "", ""],
        &["5", "1-104-0012", "Takror", "Повтор", "yillik", "", ""],
    ];
    for (r, row) in rows.iter().enumerate() {
        for (c, text) in row.iter().enumerate() {
            sheet
                .write_string(r as u32, c as u16, *text)
                .unwrap_or_else(|e| panic!("{e}"));
        }
    }
    book.save(path).unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn an_excel_list_is_imported_after_choosing_the_sheet_and_columns_then_edited_and_trimmed() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let ws = workspace(dir.path(), Vec::new());
    let list = dir.path().join("royxat.xlsx");
    write_list(&list);
    let i18n = I18n::new(Lang::En);
    let mut harness = harness(Tab::new(ws.clone(), Lang::En));
    harness.run_steps(2);

    // The empty list says what to do, with the four ways to fill it.
    assert!(shown(&harness, &tr!(i18n, "inventory-empty-title")));
    for button in [
        &en!("inventory-import"),
        &en!("inventory-sync"),
        &en!("inventory-add-datasets"),
        &en!("inventory-add"),
    ] {
        harness.get_by_role_and_label(Role::Button, button);
    }

    // The file dialog is the system's; this is where it leads.
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .ask(&ctx, InventoryIntent::ReadFile(list.clone()));
    settle(&mut harness);
    // The first sheet is a note: nothing to import until the list's sheet is chosen.
    assert!(
        harness
            .query_by_label(&en!("inventory-import-go"))
            .is_some()
    );
    choose(&mut harness, "Sheet", "Roʻyxat");
    settle(&mut harness);
    assert!(shown(
        &harness,
        "Maktabgacha va maktab taʼlimi vazirligi · Ochiq maʼlumotlar toʻplamlari roʻyxati"
    ));

    // Ochiq guessed the columns from the headings; the person's column it could not.
    let inventory_col_code = en!("inventory-col-code");
    let code = harness.get_by_role_and_label(Role::ComboBox, &inventory_col_code);
    assert_eq!(code.value().as_deref(), Some("B — Код набора"));
    let inventory_col_responsible = en!("inventory-col-responsible");
    let person = harness.get_by_role_and_label(Role::ComboBox, &inventory_col_responsible);
    assert_eq!(person.value(), Some(en!("inventory-column-none")));
    choose(
        &mut harness,
        &en!("inventory-col-responsible"),
        "G — Bajaruvchi",
    );
    let inventory_col_responsible = en!("inventory-col-responsible");
    let person = harness.get_by_role_and_label(Role::ComboBox, &inventory_col_responsible);
    assert_eq!(person.value().as_deref(), Some("G — Bajaruvchi"));

    // The preview shows each row as it will be imported, problems on their sheet rows.
    let first = 4;
    let unknown = ImportProblem::UnknownPeriodicity {
        row: 4,
        text: "каждый вторник?".into(),
    };
    assert!(shown(&harness, &problem_text(&i18n, &unknown, first)));
    let duplicate = ImportProblem::DuplicateCode {
        row: 6,
        code: "1-104-0012".into(),
        first_row: 1,
    };
    let duplicate = problem_text(&i18n, &duplicate, first);
    assert!(duplicate.contains("row 4"), "{duplicate}");
    assert!(shown(&harness, &duplicate));
    assert!(shown(&harness, "9"), "the sheet row of the duplicate");
    assert!(shown(
        &harness,
        "3 datasets will be imported; 2 rows are skipped; 4 problems."
    ));

    harness
        .get_by_role_and_label(Role::Button, &en!("inventory-import-go"))
        .click();
    harness.run_steps(3);
    assert!(shown(
        &harness,
        "Imported: 3 added, 0 updated, 2 rows skipped"
    ));
    assert!(shown(
        &harness,
        &en!("inventory-import-problems", count = 4)
    ));
    assert_eq!(
        harness.state().events.last(),
        Some(&InventoryEvent::Changed)
    );
    let saved = on_disk(&ws);
    let codes: Vec<&str> = saved.items.iter().map(|i| i.code.as_str()).collect();
    assert_eq!(codes, ["1-104-0012", "2-001-9842", "1-104-0014"]);
    let schools = &saved.items[1];
    assert_eq!(schools.periodicity, Periodicity::Quarterly);
    assert_eq!(schools.title.ru, "Общеобразовательные школы");
    assert_eq!(schools.responsible, "B. Aliyeva");
    assert_eq!(saved.items[0].days_after, Some(10));
    // Unknown words leave the default, to be chosen by hand.
    assert_eq!(saved.items[2].periodicity, Periodicity::Monthly);
    assert_eq!(saved.items[2].days_after, None);
    assert_eq!(saved, harness.state().inventory);

    // The table shows the list; a click on a row opens it in the editor.
    assert!(shown(&harness, "Umumtaʼlim maktablari"));
    assert!(shown(&harness, "+10 days"));
    harness.get_by_label("1-104-0014").click();
    harness.run_steps(2);
    assert_eq!(harness.state().state.selected(), Some(2));
    let inventory_field_responsible = en!("inventory-field-responsible");
    let field = harness.get_by_role_and_label(Role::TextInput, &inventory_field_responsible);
    assert_eq!(field.value().as_deref(), Some("D. Yusupov"));

    set_text(
        &mut harness,
        &en!("inventory-field-responsible"),
        "D. Yusupov, 71 239-00-00",
    );
    choose(
        &mut harness,
        &en!("inventory-field-periodicity"),
        &en!("periodicity-annual"),
    );
    harness
        .get_by_role_and_label(Role::CheckBox, &en!("inventory-own-rule"))
        .click();
    harness.run_steps(2);
    set_text(
        &mut harness,
        &en!("inventory-field-note"),
        "Oliy taʼlim vazirligi bilan birga",
    );
    let saved = on_disk(&ws);
    let higher = &saved.items[2];
    assert_eq!(higher.responsible, "D. Yusupov, 71 239-00-00");
    assert_eq!(higher.periodicity, Periodicity::Annual);
    // The own rule starts from the workspace's days for the periodicity (30 for yearly).
    assert_eq!(higher.days_after, Some(30));
    assert_eq!(higher.note, "Oliy taʼlim vazirligi bilan birga");

    // A code another item has is refused, and the item keeps its own.
    set_text(&mut harness, &en!("inventory-field-code"), "1-104-0012");
    assert!(shown(
        &harness,
        &en!("inventory-code-taken", code = "1-104-0012")
    ));
    assert_eq!(on_disk(&ws).items[2].code, "1-104-0014");

    // The filter narrows the table.
    harness
        .get_by_role_and_label(Role::TextInput, &en!("inventory-filter"))
        .click();
    harness.run_steps(1);
    harness
        .get_by_role_and_label(Role::TextInput, &en!("inventory-filter"))
        .type_text("karimov");
    harness.run_steps(2);
    assert!(shown(&harness, "1-104-0012"));
    assert!(!shown(&harness, "2-001-9842"));
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.key_press(egui::Key::Backspace);
    harness.run_steps(2);
    assert!(shown(&harness, "2-001-9842"));

    // Deleting asks first; keeping it changes nothing.
    harness.get_by_label("2-001-9842").click();
    harness.run_steps(2);
    harness
        .get_by_role_and_label(Role::Button, &en!("inventory-delete"))
        .click();
    harness.run_steps(2);
    harness
        .get_by_role_and_label(Role::Button, &en!("inventory-delete-no"))
        .click();
    harness.run_steps(2);
    assert_eq!(on_disk(&ws).items.len(), 3);
    harness
        .get_by_role_and_label(Role::Button, &en!("inventory-delete"))
        .click();
    harness.run_steps(2);
    harness
        .get_by_role_and_label(Role::Button, &en!("inventory-delete-yes"))
        .click();
    harness.run_steps(3);
    assert!(shown(
        &harness,
        &en!("inventory-deleted", name = "2-001-9842")
    ));
    let saved = on_disk(&ws);
    let codes: Vec<&str> = saved.items.iter().map(|i| i.code.as_str()).collect();
    assert_eq!(codes, ["1-104-0012", "1-104-0014"]);
    assert_eq!(saved, harness.state().inventory);

    // A dataset added by hand joins the list once it has a code.
    harness
        .get_by_role_and_label(Role::Button, &en!("inventory-add"))
        .click();
    harness.run_steps(2);
    set_text(&mut harness, &en!("inventory-field-code"), "1-104-0099");
    set_text(&mut harness, &en!("inventory-field-title-en"), "Textbooks");
    let saved = on_disk(&ws);
    assert_eq!(saved.items.len(), 3);
    assert_eq!(saved.items[2].code, "1-104-0099");
    assert_eq!(saved.items[2].title.en, "Textbooks");
    // Another row clicked while typing a new one: the typing is kept, the click is obeyed.
    harness
        .get_by_role_and_label(Role::Button, &en!("inventory-add"))
        .click();
    harness.run_steps(2);
    harness
        .get_by_role_and_label(Role::TextInput, &en!("inventory-field-code"))
        .type_text("1-104-0100");
    harness.run_steps(1);
    harness.get_by_label("1-104-0014").click();
    harness.run_steps(3);
    assert_eq!(harness.state().state.selected(), Some(1));
    let saved = on_disk(&ws);
    assert_eq!(saved.items.len(), 4);
    assert_eq!(saved.items[3].code, "1-104-0100");
}

/// Answers the data.egov.uz catalogue of organisation 42 from the recordings, in two pages
/// (the connector asks for 100 records and gets two, then the third); stops on drop.
struct Portal {
    base: String,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl Portal {
    fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap_or_else(|e| panic!("{e}"));
        let addr = listener.local_addr().unwrap_or_else(|e| panic!("{e}"));
        let stop = Arc::new(AtomicBool::new(false));
        let stopped = Arc::clone(&stop);
        let thread = std::thread::spawn(move || {
            for stream in listener.incoming() {
                if stopped.load(Ordering::SeqCst) {
                    break;
                }
                if let Ok(stream) = stream {
                    answer(stream);
                }
            }
        });
        Self {
            base: format!("http://{addr}"),
            stop,
            thread: Some(thread),
        }
    }
}

impl Drop for Portal {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect(self.base.trim_start_matches("http://"));
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn answer(mut stream: TcpStream) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let mut head = Vec::new();
    let mut buf = [0u8; 4096];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") {
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => return,
            Ok(n) => head.extend_from_slice(&buf[..n]),
        }
    }
    let head = String::from_utf8_lossy(&head).into_owned();
    let target = head.split(' ').nth(1).unwrap_or_default().to_owned();
    let recording =
        if !target.starts_with("/apiClient/main/gettable?") || !target.contains("orgId=42") {
            None
        } else if target.contains("offset=0") {
            Some("gettable_org42_page1.json")
        } else if target.contains("offset=2") {
            Some("gettable_org42_page2.json")
        } else {
            None
        };
    let (status, body) = match recording {
        Some(name) => {
            let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("tests/recordings/egov")
                .join(name);
            (
                "200 OK",
                std::fs::read(path).unwrap_or_else(|e| panic!("{e}")),
            )
        }
        None => ("404 Not Found", b"{}".to_vec()),
    };
    let header = format!(
        "HTTP/1.1 {status}\r\nContent-Type: application/json; charset=utf-8\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(header.as_bytes());
    let _ = stream.write_all(&body);
}

#[test]
fn syncing_from_the_portal_adds_its_catalogue_and_keeps_the_lists_own_words() {
    let portal = Portal::start();
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let egov = Target {
        id: "egov".into(),
        kind: TargetKind::Egov,
        url: portal.base.clone(),
        organisation: "42".into(),
        ..Target::default()
    };
    let ws = workspace(dir.path(), vec![egov]);
    // The list already knows one of the portal's datasets, with its person and periodicity.
    let mut list = Inventory::default();
    list.merge(vec![ochiq::core::calendar::InventoryItem {
        code: "2-001-9842".into(),
        periodicity: Periodicity::Annual,
        responsible: "B. Aliyeva".into(),
        ..Default::default()
    }]);
    list.save(ws.root()).unwrap_or_else(|e| panic!("{e}"));
    let mut harness = harness(Tab::new(ws.clone(), Lang::Ru));
    harness.run_steps(2);
    let i18n = I18n::new(Lang::Ru);
    // A portal is offered before the folder.
    let label = tr!(i18n, "inventory-sync-target");
    let from = harness.get_by_role_and_label(Role::ComboBox, &label);
    assert_eq!(from.value().as_deref(), Some("egov"));
    harness
        .get_by_role_and_label(Role::Button, &tr!(i18n, "inventory-sync"))
        .click();
    settle(&mut harness);
    let synced = tr!(
        i18n,
        "inventory-synced",
        target = "egov",
        listed = 3,
        added = 2,
        updated = 1
    );
    assert!(shown(&harness, &synced), "{synced}");
    assert!(shown(&harness, "2-001-9780"));
    assert!(shown(&harness, "15.01.2024"), "the portal's last update");
    assert!(shown(&harness, "12"), "the portal's days overdue");

    let saved = on_disk(&ws);
    assert_eq!(saved.items.len(), 3);
    let known = saved.find("2-001-9842").unwrap_or_else(|| panic!("kept"));
    assert_eq!(known.responsible, "B. Aliyeva");
    assert_eq!(known.periodicity, Periodicity::Annual);
    assert_eq!(known.portal_id, "656eabc926434348e01a483c");
    assert_eq!(known.title.uz_cyrl, "Маълумотлар тўплами 2-001-9842");
    let first = saved.find("2-001-9780").unwrap_or_else(|| panic!("added"));
    let state = first
        .portal
        .as_ref()
        .unwrap_or_else(|| panic!("portal state"));
    assert_eq!(state.target, "egov");
    assert_eq!(state.late_days, Some(12));
    assert_eq!(state.updated, "2024-01-15T09:30:00");
    assert_eq!(saved, harness.state().inventory);
}

#[test]
fn an_unreachable_portal_is_said_in_the_tab_and_the_list_is_untouched() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    // Nothing listens on port 9 of 127.0.0.1.
    let egov = Target {
        id: "egov".into(),
        kind: TargetKind::Egov,
        url: "http://127.0.0.1:9".into(),
        organisation: "42".into(),
        ..Target::default()
    };
    let ws = workspace(dir.path(), vec![egov]);
    let mut harness = harness(Tab::new(ws.clone(), Lang::En));
    harness.run_steps(2);
    harness
        .get_by_role_and_label(Role::Button, &en!("inventory-sync"))
        .click();
    settle(&mut harness);
    let said = harness
        .state()
        .state
        .message()
        .unwrap_or_else(|| panic!("a message"))
        .to_owned();
    assert!(said.starts_with("The portal cannot be reached ("), "{said}");
    assert!(
        said.ends_with("Try again when the connection is back."),
        "{said}"
    );
    assert!(shown(&harness, &said));
    assert!(harness.state().events.is_empty());
    assert!(!ws.root().join("inventory.json").exists());
}

#[test]
fn the_workspaces_datasets_join_the_list_and_a_linked_one_opens() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let ws = Workspace::open_demo(&dir.path().join("demo")).unwrap_or_else(|e| panic!("{e}"));
    std::fs::remove_file(ws.root().join("inventory.json")).ok();
    let datasets = ws.datasets().unwrap_or_else(|e| panic!("{e}"));
    assert!(!datasets.is_empty());
    let mut harness = harness(Tab::new(ws.clone(), Lang::UzLatn));
    harness.run_steps(2);
    let i18n = I18n::new(Lang::UzLatn);
    harness
        .get_by_role_and_label(Role::Button, &tr!(i18n, "inventory-add-datasets"))
        .click();
    harness.run_steps(3);
    let saved = on_disk(&ws);
    assert_eq!(saved.items.len(), datasets.len());
    let item = &saved.items[0];
    assert!(!item.dataset.is_empty(), "linked to its folder");
    // The code's cell, left of the linked folder's (which may have the same name).
    harness
        .get_all_by_label(item.key())
        .min_by(|a, b| a.rect().left().total_cmp(&b.rect().left()))
        .unwrap_or_else(|| panic!("the row"))
        .click();
    harness.run_steps(2);
    harness
        .get_by_role_and_label(Role::Button, &tr!(i18n, "inventory-open-dataset"))
        .click();
    harness.run_steps(2);
    let entry = datasets
        .iter()
        .find(|d| d.dir.ends_with(&item.dataset))
        .unwrap_or_else(|| panic!("the linked folder"));
    let expected = entry.data_path().unwrap_or_else(|| panic!("a data file"));
    assert_eq!(
        harness.state().events.last(),
        Some(&InventoryEvent::OpenDataset(expected))
    );
}
