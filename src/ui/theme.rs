//! How the window looks: the user's theme (system, light, dark, high contrast), text size and
//! zoom, applied to the egui context; and the focus ring that shows where the keyboard is.

use egui::{Color32, Context, CornerRadius, Stroke, TextStyle, ThemePreference, Visuals};

use crate::core::workspace::prefs::{Preferences, TextSize, Theme};

/// The look a frame was drawn with, so it is applied again only when it changes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Look {
    pub theme: Theme,
    pub text_size: TextSize,
}

impl Look {
    pub fn of(prefs: &Preferences) -> Self {
        Self {
            theme: prefs.effective_theme(),
            text_size: prefs.effective_text_size(),
        }
    }
}

/// Applies a theme and a text size to every style of the context.
pub fn apply(ctx: &Context, look: Look) {
    let (preference, light) = match look.theme {
        Theme::System => (ThemePreference::System, Visuals::light()),
        Theme::Light => (ThemePreference::Light, Visuals::light()),
        Theme::Dark => (ThemePreference::Dark, Visuals::light()),
        Theme::HighContrast => (ThemePreference::Light, high_contrast()),
    };
    ctx.set_visuals_of(egui::Theme::Light, light);
    ctx.set_visuals_of(egui::Theme::Dark, Visuals::dark());
    ctx.set_theme(preference);
    let defaults = egui::Style::default().text_styles;
    let scale = look.text_size.scale();
    ctx.all_styles_mut(|style| {
        for (text_style, font) in &mut style.text_styles {
            if let Some(default) = defaults.get(text_style) {
                font.size = (default.size * scale).round();
            }
        }
        // Larger text needs larger targets: buttons grow with it.
        style.spacing.interact_size.y = (18.0 * scale).round();
        style.spacing.button_padding = egui::vec2(6.0 * scale, 2.0 * scale).round();
    });
    // The body text's growth as drawn (sizes are rounded), read by every view each frame.
    let drawn = defaults
        .get(&TextStyle::Body)
        .map_or(1.0, |f| (f.size * scale).round() / f.size)
        .max(0.5);
    ctx.data_mut(|d| d.insert_temp(text_scale_id(), drawn));
}

fn text_scale_id() -> egui::Id {
    egui::Id::unique("ochiq-text-scale")
}

/// Black text on white, strong borders, black-on-yellow selection: readable for low vision
/// and on a washed-out projector.
pub fn high_contrast() -> Visuals {
    let black = Color32::BLACK;
    let white = Color32::WHITE;
    let yellow = Color32::from_rgb(255, 214, 0);
    let mut v = Visuals::light();
    v.panel_fill = white;
    v.window_fill = white;
    v.window_stroke = Stroke::new(2.0, black);
    v.faint_bg_color = Color32::from_gray(232);
    v.extreme_bg_color = white;
    v.code_bg_color = Color32::from_gray(225);
    v.weak_text_color = Some(Color32::from_gray(45));
    v.hyperlink_color = Color32::from_rgb(0, 0, 190);
    v.warn_fg_color = Color32::from_rgb(140, 60, 0);
    v.error_fg_color = Color32::from_rgb(180, 0, 0);
    v.selection.bg_fill = yellow;
    v.selection.stroke = Stroke::new(2.0, black);
    v.striped = true;
    let radius = CornerRadius::same(3);
    let w = &mut v.widgets;
    w.noninteractive.fg_stroke = Stroke::new(1.0, black);
    w.noninteractive.bg_stroke = Stroke::new(1.0, black);
    w.noninteractive.bg_fill = white;
    w.noninteractive.weak_bg_fill = white;
    w.inactive.fg_stroke = Stroke::new(1.5, black);
    w.inactive.bg_stroke = Stroke::new(1.5, black);
    w.inactive.bg_fill = white;
    w.inactive.weak_bg_fill = Color32::from_gray(238);
    w.inactive.corner_radius = radius;
    w.hovered.fg_stroke = Stroke::new(2.0, black);
    w.hovered.bg_stroke = Stroke::new(2.5, black);
    w.hovered.bg_fill = Color32::from_rgb(255, 240, 170);
    w.hovered.weak_bg_fill = Color32::from_rgb(255, 240, 170);
    w.hovered.corner_radius = radius;
    w.active.fg_stroke = Stroke::new(2.0, black);
    w.active.bg_stroke = Stroke::new(3.0, black);
    w.active.bg_fill = yellow;
    w.active.weak_bg_fill = yellow;
    w.active.corner_radius = radius;
    w.open = w.active;
    v
}

/// Where keyboard focus is drawn, and whether the keyboard moved it last: a ring shows only
/// then, as browsers do, so a mouse click does not leave a frame behind.
#[derive(Debug, Default)]
pub struct FocusRing {
    keyboard: bool,
}

impl FocusRing {
    /// Follows the input: Tab or an arrow key turns the ring on, a pointer press off.
    pub fn observe(&mut self, ctx: &Context) {
        ctx.input(|i| {
            for event in &i.events {
                match event {
                    egui::Event::Key {
                        key:
                            egui::Key::Tab
                            | egui::Key::ArrowUp
                            | egui::Key::ArrowDown
                            | egui::Key::ArrowLeft
                            | egui::Key::ArrowRight,
                        pressed: true,
                        ..
                    } => self.keyboard = true,
                    egui::Event::PointerButton { pressed: true, .. } => self.keyboard = false,
                    _ => {}
                }
            }
        });
    }

    /// Draws a ring around the focused control, above everything else.
    pub fn paint(&self, ctx: &Context) {
        if !self.keyboard {
            return;
        }
        let Some(rect) = ctx
            .memory(|m| m.focused())
            .and_then(|id| ctx.read_response(id))
            .map(|r| r.rect)
        else {
            return;
        };
        let visuals = ctx.global_style().visuals.clone();
        let color = if visuals.dark_mode {
            Color32::from_rgb(255, 200, 60)
        } else {
            Color32::from_rgb(0, 90, 200)
        };
        let painter = ctx.layer_painter(egui::LayerId::new(
            egui::Order::Foreground,
            egui::Id::unique("focus-ring"),
        ));
        painter.rect_stroke(
            rect.expand(2.0),
            CornerRadius::same(4),
            Stroke::new(FOCUS_RING_WIDTH, color),
            egui::StrokeKind::Outside,
        );
    }

    pub fn is_shown(&self) -> bool {
        self.keyboard
    }
}

/// The focus ring's width in points: visible from the back of a hall.
pub const FOCUS_RING_WIDTH: f32 = 2.5;

/// How much larger than egui's default the text is drawn now (1.0 at the normal size).
/// Set by [`apply`]; a context it never styled draws at the normal size.
pub fn text_scale(ctx: &Context) -> f32 {
    ctx.data(|d| d.get_temp(text_scale_id())).unwrap_or(1.0)
}

/// A fixed text size (a cell's label, a title) grown with the chosen text size.
pub fn scaled(ctx: &Context, size: f32) -> f32 {
    (size * text_scale(ctx)).round()
}

/// The body text size in force (tests compare it across looks).
pub fn body_size(ctx: &Context) -> f32 {
    ctx.global_style()
        .text_styles
        .get(&TextStyle::Body)
        .map_or(0.0, |f| f.size)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_text_scale_is_the_body_texts_growth_as_drawn() {
        let ctx = Context::default();
        assert_eq!(text_scale(&ctx), 1.0);
        let normal = body_size(&ctx);
        for text_size in TextSize::ALL {
            apply(
                &ctx,
                Look {
                    theme: Theme::HighContrast,
                    text_size,
                },
            );
            let expected = body_size(&ctx) / normal;
            assert!((text_scale(&ctx) - expected).abs() < 1e-6, "{text_size:?}");
        }
    }
}
