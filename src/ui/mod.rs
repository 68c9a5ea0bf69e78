//! The desktop interface (egui/eframe) over `crate::core`. Views draw and push
//! [`actions::Action`]s; [`app::OchiqApp`] applies them; long work runs in [`jobs`].

pub mod actions;
pub mod app;
pub mod calendar;
pub mod chart_view;
pub mod charts;
pub mod checks_view;
pub mod classifiers_view;
pub mod cleaning;
pub mod columns;
pub mod dataset;
pub mod document;
pub mod fixes_view;
pub mod fonts;
pub mod inventory;
pub mod jobs;
pub mod onboarding;
pub mod passport_view;
pub mod personal_view;
pub mod publish;
pub mod reshape_view;
pub mod schema_view;
pub mod shortcuts;
pub mod source_bar;
pub mod table;
pub mod table_view;
pub mod theme;
pub mod widgets;
pub mod workspace_panel;

pub use app::{AppConfig, OchiqApp};

/// Ochiq's icon for the window and the task bar.
const ICON: &[u8] = include_bytes!("../../assets/icon/ochiq-128.png");

/// Opens the main window and runs until it is closed.
pub fn run(config: AppConfig) -> Result<(), app::StartError> {
    let mut viewport = egui::ViewportBuilder::default();
    // The window's own icon (the desktop entry's is installed with the package).
    if let Ok(icon) = eframe::icon_data::from_png_bytes(ICON) {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        viewport: viewport
            .with_title("Ochiq")
            .with_app_id("uz.ochiq.Ochiq")
            .with_inner_size([1280.0, 760.0])
            .with_min_inner_size([800.0, 480.0])
            .with_drag_and_drop(true),
        renderer: eframe::Renderer::Glow,
        ..Default::default()
    };
    eframe::run_native(
        "Ochiq",
        options,
        Box::new(move |_cc| Ok(Box::new(OchiqApp::new(config)))),
    )
    .map_err(|e| app::StartError::Gui(e.to_string()))
}
