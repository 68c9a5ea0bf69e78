//! The Chart tab: a numeric column by period (a line) or by region (bars, region names in the
//! interface language), each total row beside the sum of its parts, and the published values
//! beside the new ones when the last comparison read them. Every plot has an accessible name
//! and a text summary under it (screen readers cannot read a plot); the choices are combo
//! boxes and radio buttons, reached with Tab.

use egui::{Color32, RichText, Ui};
use egui_plot::{Bar, BarChart, GridMark, Line, Plot, PlotPoints, Points};

use super::charts::{ChartMode, Charted};
use super::document::Document;
use super::theme;
use super::widgets::{announce, labelled_combo};
use crate::core::chart::{RegionValue, Series, TotalVsParts};
use crate::core::lang::Lang;
use crate::i18n::I18n;
use crate::tr;

/// The new values' colour, the published ones', and the total row's.
const NEW: Color32 = Color32::from_rgb(31, 119, 180);
const PUBLISHED: Color32 = Color32::from_rgb(150, 150, 150);
const TOTAL: Color32 = Color32::from_rgb(217, 95, 2);

pub fn chart_ui(ui: &mut Ui, i18n: &I18n, doc: &mut Document) {
    let Some(charted) = doc.charts.data().cloned() else {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(tr!(i18n, "chart-working"));
        });
        if let Some(p) = doc.charts.progress() {
            ui.add(egui::ProgressBar::new(p).show_percentage());
        }
        return;
    };
    let data = &charted.data;
    if data.series.is_empty() {
        ui.add_space(24.0);
        ui.vertical_centered(|ui| {
            ui.heading(tr!(i18n, "chart-no-numbers-title"));
            ui.label(tr!(i18n, "chart-no-numbers"));
        });
        return;
    }
    let choice = &mut doc.charts.choice;
    if !data.has_regions {
        choice.mode = ChartMode::ByPeriod;
    }
    let last = data.periods.len().saturating_sub(1);
    let period_name = |p: usize| period_label(i18n, &data.periods, p);
    ui.horizontal_wrapped(|ui| {
        let current = data
            .series
            .get(choice.series)
            .map(|s| s.name.clone())
            .unwrap_or_default();
        labelled_combo(
            ui,
            &tr!(i18n, "chart-column"),
            "chart-column",
            current,
            None,
            |ui| {
                for (i, s) in data.series.iter().enumerate() {
                    ui.selectable_value(&mut choice.series, i, s.name.as_str());
                }
            },
        );
        ui.separator();
        ui.label(tr!(i18n, "chart-show"));
        ui.radio_value(
            &mut choice.mode,
            ChartMode::ByPeriod,
            tr!(i18n, "chart-by-period"),
        );
        ui.add_enabled_ui(data.has_regions, |ui| {
            ui.radio_value(
                &mut choice.mode,
                ChartMode::ByRegion,
                tr!(i18n, "chart-by-region"),
            )
            .on_disabled_hover_text(tr!(i18n, "chart-no-regions"));
        });
        if choice.mode == ChartMode::ByRegion && data.has_periods {
            ui.separator();
            let chosen = choice.period.unwrap_or(last).min(last);
            let mut picked = chosen;
            labelled_combo(
                ui,
                &tr!(i18n, "chart-period"),
                "chart-period",
                period_name(chosen),
                None,
                |ui| {
                    for p in 0..data.periods.len() {
                        ui.selectable_value(&mut picked, p, period_name(p));
                    }
                },
            );
            if picked != chosen {
                choice.period = Some(picked);
            }
        }
    });
    let choice = *choice;
    let Some(series) = data.series.get(choice.series) else {
        return;
    };
    let published = charted
        .published
        .as_ref()
        .and_then(|p| p.series_named(&series.name));
    ui.add_space(4.0);
    if !series.additive {
        ui.label(RichText::new(tr!(i18n, "chart-averaged")).weak());
    }
    if series.not_numbers > 0 {
        let count = i18n.count(series.not_numbers as usize);
        let text = tr!(i18n, "chart-not-numbers", count = count);
        ui.label(RichText::new(text).color(ui.visuals().warn_fg_color));
    }
    match (&charted.published, published) {
        (None, _) => ui.label(RichText::new(tr!(i18n, "chart-no-published")).weak()),
        (Some(_), None) => ui.label(RichText::new(tr!(i18n, "chart-published-lacks")).weak()),
        (Some(_), Some(_)) => ui.label(RichText::new(tr!(i18n, "chart-published-note")).weak()),
    };
    egui::ScrollArea::vertical()
        .id_salt("chart-scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            keys_ui(
                ui,
                &[(NEW, tr!(i18n, "chart-key-new"))],
                published
                    .is_some()
                    .then(|| (PUBLISHED, tr!(i18n, "chart-key-published"))),
            );
            let period = choice.period.unwrap_or(last).min(last);
            match choice.mode {
                ChartMode::ByPeriod => by_period_ui(ui, i18n, &charted, series, published),
                ChartMode::ByRegion => by_region_ui(ui, i18n, &charted, series, published, period),
            }
            ui.add_space(12.0);
            totals_ui(ui, i18n, &charted, series);
        });
}

/// A period's name as shown: "All rows" for a table without periods.
fn period_label(i18n: &I18n, periods: &[String], p: usize) -> String {
    match periods.get(p).map(String::as_str) {
        None | Some("") => tr!(i18n, "chart-all-rows"),
        Some(name) => name.to_owned(),
    }
}

/// A number as people read it in the interface language: grouped thousands, at most two
/// decimals, a decimal comma except in English.
pub fn number(i18n: &I18n, x: f64) -> String {
    number_in(i18n.lang(), x)
}

/// [`number`] in `lang`, with the digit grouping of [`I18n::count`].
fn number_in(lang: Lang, x: f64) -> String {
    let cents = (x.abs() * 100.0).round();
    let whole = (cents / 100.0).trunc();
    let frac = (cents - whole * 100.0) as u64;
    let mut out = String::new();
    if x < 0.0 && cents > 0.0 {
        out.push('-');
    }
    let digits = format!("{whole:.0}");
    let sep = if lang == Lang::En { ',' } else { '\u{a0}' };
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(d);
    }
    if frac > 0 {
        out.push(if lang == Lang::En { '.' } else { ',' });
        out.push_str(format!("{frac:02}").trim_end_matches('0'));
    }
    out
}

/// The labels of a value axis, written as the summary writes numbers.
fn value_axis(
    i18n: &I18n,
) -> impl Fn(GridMark, &std::ops::RangeInclusive<f64>) -> String + 'static {
    let lang = i18n.lang();
    move |mark, _| number_in(lang, mark.value)
}

/// The colours' meanings, as small squares with their names.
fn keys_ui(ui: &mut Ui, keys: &[(Color32, String)], more: Option<(Color32, String)>) {
    ui.horizontal_wrapped(|ui| {
        for (color, name) in keys.iter().cloned().chain(more) {
            let size = egui::vec2(1.0, 1.0) * theme::body_size(ui.ctx());
            let (rect, _) = ui.allocate_exact_size(size, egui::Sense::hover());
            ui.painter().rect_filled(rect, 2.0, color);
            ui.label(name);
            ui.add_space(8.0);
        }
    });
}

/// A plot of the tab's look: no zoom or drag (the keyboard has neither), scaled with the
/// text for presentation mode.
fn plot(ui: &Ui, id: &str, rows: usize) -> Plot<'static> {
    Plot::new(id)
        .height(plot_height(ui, rows))
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_crosshair(false)
        .sense(egui::Sense::hover())
}

/// The height of a plot that should show `rows` rows of labels (bars by region), within
/// bounds that grow with the text.
fn plot_height(ui: &Ui, rows: usize) -> f32 {
    let row = theme::body_size(ui.ctx()) * 1.8;
    (row * rows as f32).clamp(
        theme::scaled(ui.ctx(), 220.0),
        theme::scaled(ui.ctx(), 520.0),
    )
}

/// Grid marks at whole positions, at most `room` of them.
fn whole_marks(count: usize, room: usize) -> impl Fn(egui_plot::GridInput) -> Vec<GridMark> {
    let step = count.div_ceil(room.max(1)).max(1);
    move |_| {
        (0..count)
            .step_by(step)
            .map(|i| GridMark {
                value: i as f64,
                step_size: step as f64,
            })
            .collect()
    }
}

/// The label of a whole grid mark `i` from `names`; nothing between them.
fn name_at(names: &[String], value: f64) -> String {
    if value.fract().abs() > 1e-6 || value < 0.0 {
        return String::new();
    }
    names.get(value as usize).cloned().unwrap_or_default()
}

fn by_period_ui(
    ui: &mut Ui,
    i18n: &I18n,
    charted: &Charted,
    series: &Series,
    published: Option<&Series>,
) {
    let data = &charted.data;
    let names: Vec<String> = (0..data.periods.len())
        .map(|p| period_label(i18n, &data.periods, p))
        .collect();
    // The published value of each of our periods, by the period's name.
    let old: Vec<Option<f64>> = data
        .periods
        .iter()
        .map(|p| {
            let old = charted.published.as_ref()?;
            let at = old.periods.iter().position(|q| q == p)?;
            published?.by_period.get(at).copied().flatten()
        })
        .collect();
    let ours: Vec<[f64; 2]> = series
        .by_period
        .iter()
        .enumerate()
        .filter_map(|(i, v)| v.map(|v| [i as f64, v]))
        .collect();
    let theirs: Vec<[f64; 2]> = old
        .iter()
        .enumerate()
        .filter_map(|(i, v)| v.map(|v| [i as f64, v]))
        .collect();
    let name = tr!(i18n, "chart-line-name", column = series.name.as_str());
    let axis_names = names.clone();
    let response = plot(ui, "chart-by-period", 10)
        // Room around a lone period's bars, so they are not as wide as the plot.
        .include_x(-0.75)
        .include_x(names.len() as f64 - 0.25)
        .x_grid_spacer(whole_marks(names.len(), 12))
        .x_axis_formatter(move |mark, _| name_at(&axis_names, mark.value))
        .y_axis_formatter(value_axis(i18n))
        .show(ui, |plot| {
            if data.has_periods && ours.len() > 1 {
                plot.line(
                    Line::new("", PlotPoints::from(ours.clone()))
                        .color(NEW)
                        .width(2.5),
                );
                if !theirs.is_empty() {
                    let line = Line::new("", PlotPoints::from(theirs.clone()))
                        .color(PUBLISHED)
                        .width(2.0)
                        .style(egui_plot::LineStyle::dashed_loose());
                    plot.line(line);
                }
                plot.points(
                    Points::new("", PlotPoints::from(ours))
                        .color(NEW)
                        .radius(4.0),
                );
            } else {
                // One period: bars, a lone point says little.
                let bar = |v: &[f64; 2], dx: f64, color| {
                    Bar::new(v[0] + dx, v[1]).width(0.35).fill(color)
                };
                let shift = if theirs.is_empty() { 0.0 } else { 0.2 };
                plot.bar_chart(
                    BarChart::new("", ours.iter().map(|v| bar(v, -shift, NEW)).collect())
                        .color(NEW),
                );
                if !theirs.is_empty() {
                    let bars = theirs.iter().map(|v| bar(v, shift, PUBLISHED)).collect();
                    plot.bar_chart(BarChart::new("", bars).color(PUBLISHED));
                }
            }
        })
        .response;
    announce(&response, egui::Role::Image, &name);
    let items: Vec<String> = series
        .by_period
        .iter()
        .enumerate()
        .filter_map(|(p, v)| {
            let v = (*v)?;
            let value = number(i18n, v);
            let shown = match old.get(p).copied().flatten() {
                Some(o) => {
                    tr!(
                        i18n,
                        "chart-value-published",
                        value = value,
                        published = number(i18n, o)
                    )
                }
                None => value,
            };
            Some(format!("{} {}", names[p], shown))
        })
        .collect();
    summary_ui(ui, i18n, &items);
}

fn by_region_ui(
    ui: &mut Ui,
    i18n: &I18n,
    charted: &Charted,
    series: &Series,
    published: Option<&Series>,
    period: usize,
) {
    let lang = i18n.lang();
    let periods = &charted.data.periods;
    let regions: &[RegionValue] = series.by_region.get(period).map_or(&[], Vec::as_slice);
    let period_name = period_label(i18n, periods, period);
    // The published regions of the same period (matched by its name).
    let old: Vec<Option<f64>> = {
        let at = charted.published.as_ref().and_then(|p| {
            p.periods
                .iter()
                .position(|q| Some(q) == periods.get(period))
        });
        let old = published.zip(at).and_then(|(s, at)| s.by_region.get(at));
        regions
            .iter()
            .map(|r| old?.iter().find(|o| o.code == r.code).map(|o| o.value))
            .collect()
    };
    if regions.is_empty() {
        ui.label(tr!(i18n, "chart-no-region-values"));
        return;
    }
    let names: Vec<String> = regions
        .iter()
        .map(|r| r.name.best(lang).to_owned())
        .collect();
    // The first region at the top.
    let n = regions.len();
    let y = |i: usize| (n - 1 - i) as f64;
    // Side by side when the published values are drawn too.
    let (shift, width) = if old.iter().any(Option::is_some) {
        (0.2, 0.38)
    } else {
        (0.0, 0.7)
    };
    let ours: Vec<Bar> = regions
        .iter()
        .enumerate()
        .map(|(i, r)| {
            Bar::new(y(i) + shift, r.value)
                .width(width)
                .fill(NEW)
                .name(&names[i])
        })
        .collect();
    let theirs: Vec<Bar> = old
        .iter()
        .enumerate()
        .filter_map(|(i, v)| {
            v.map(|v| {
                Bar::new(y(i) - shift, v)
                    .width(width)
                    .fill(PUBLISHED)
                    .name(&names[i])
            })
        })
        .collect();
    let axis_names: Vec<String> = names.iter().rev().cloned().collect();
    let name = tr!(
        i18n,
        "chart-bars-name",
        column = series.name.as_str(),
        period = period_name.as_str()
    );
    let widest = names.iter().map(|n| n.chars().count()).max().unwrap_or(0) as f32;
    // A name on every bar, as long as the names fit one above the other.
    let room = (plot_height(ui, n) / (theme::body_size(ui.ctx()) * 1.5)) as usize;
    let response = plot(ui, "chart-by-region", n)
        .y_grid_spacer(whole_marks(n, room))
        .custom_y_axes(vec![
            egui_plot::AxisHints::new_y()
                .formatter(move |mark, _| name_at(&axis_names, mark.value))
                .min_thickness(widest * theme::body_size(ui.ctx()) * 0.55)
                // One name per bar: names are one line high, closer than egui_plot's default.
                .label_spacing(theme::body_size(ui.ctx())..=theme::body_size(ui.ctx()) * 1.2),
        ])
        .x_axis_formatter(value_axis(i18n))
        .include_x(0.0)
        .show(ui, |plot| {
            plot.bar_chart(BarChart::new("", ours).color(NEW).horizontal());
            if !theirs.is_empty() {
                plot.bar_chart(BarChart::new("", theirs).color(PUBLISHED).horizontal());
            }
        })
        .response;
    announce(&response, egui::Role::Image, &name);
    let items: Vec<String> = regions
        .iter()
        .zip(&old)
        .zip(&names)
        .map(|((r, o), name)| {
            let value = number(i18n, r.value);
            let shown = match o {
                Some(o) => {
                    tr!(
                        i18n,
                        "chart-value-published",
                        value = value,
                        published = number(i18n, *o)
                    )
                }
                None => value,
            };
            format!("{name} {shown}")
        })
        .collect();
    summary_ui(ui, i18n, &items);
}

/// The text beside a plot: its values, one after another, for screen readers and for those
/// who would rather read.
fn summary_ui(ui: &mut Ui, i18n: &I18n, items: &[String]) {
    let text = tr!(i18n, "chart-summary", values = items.join(" · "));
    ui.add(egui::Label::new(text).wrap());
}

/// Each period's top total row beside the sum of its parts (two bars), and in words every
/// total that differs from its parts.
fn totals_ui(ui: &mut Ui, i18n: &I18n, charted: &Charted, series: &Series) {
    ui.heading(tr!(i18n, "chart-totals-title"));
    if !series.additive {
        ui.label(RichText::new(tr!(i18n, "chart-totals-averaged")).weak());
        return;
    }
    // The highest total (the shortest code: the republic before a region).
    let Some(top) = series
        .totals
        .iter()
        .map(|t| t.code.as_str())
        .min_by_key(|c| (c.len(), *c))
    else {
        ui.label(RichText::new(tr!(i18n, "chart-no-totals")).weak());
        return;
    };
    let lang = i18n.lang();
    let periods = &charted.data.periods;
    let tops: Vec<&TotalVsParts> = series.totals.iter().filter(|t| t.code == top).collect();
    keys_ui(
        ui,
        &[
            (TOTAL, tr!(i18n, "chart-key-total")),
            (NEW, tr!(i18n, "chart-key-sum")),
        ],
        None,
    );
    let names: Vec<String> = (0..periods.len())
        .map(|p| period_label(i18n, periods, p))
        .collect();
    let totals: Vec<Bar> = tops
        .iter()
        .map(|t| {
            Bar::new(t.period as f64 - 0.2, t.total)
                .width(0.38)
                .fill(TOTAL)
        })
        .collect();
    let sums: Vec<Bar> = tops
        .iter()
        .map(|t| Bar::new(t.period as f64 + 0.2, t.sum).width(0.38).fill(NEW))
        .collect();
    let column = series.name.as_str();
    let axis_names = names.clone();
    let response = plot(ui, "chart-totals", 8)
        .x_grid_spacer(whole_marks(names.len(), 12))
        .x_axis_formatter(move |mark, _| name_at(&axis_names, mark.value))
        .y_axis_formatter(value_axis(i18n))
        .include_y(0.0)
        .show(ui, |plot| {
            plot.bar_chart(BarChart::new("", totals).color(TOTAL));
            plot.bar_chart(BarChart::new("", sums).color(NEW));
        })
        .response;
    announce(
        &response,
        egui::Role::Image,
        &tr!(i18n, "chart-totals-name", column = column),
    );
    // In words: the top total of each period, and every other total that differs.
    let differs = |t: &TotalVsParts| (t.difference() * 100.0).round() != 0.0;
    for t in series.totals.iter().filter(|t| t.code == top || differs(t)) {
        let period = names.get(t.period).cloned().unwrap_or_default();
        let name = t.name.best(lang);
        let total = number(i18n, t.total);
        let sum = number(i18n, t.sum);
        let parts = i18n.count(t.parts);
        if differs(t) {
            let difference = number(i18n, t.difference());
            let text = tr!(
                i18n,
                "chart-total-differs",
                period = period,
                name = name,
                total = total,
                sum = sum,
                parts = parts,
                difference = difference
            );
            ui.label(RichText::new(text).color(ui.visuals().warn_fg_color));
        } else {
            let text = tr!(
                i18n,
                "chart-total-holds",
                period = period,
                name = name,
                total = total,
                parts = parts
            );
            ui.label(text);
        }
    }
}
