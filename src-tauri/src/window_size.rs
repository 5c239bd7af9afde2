//! The main window's size: it opens at the size it had when last closed, or at the designed
//! size, and in either case no larger than the screen's work area (a school laptop's
//! 1366 × 768 screen, less its panel, is shorter than the designed 820 px).
//!
//! The size is this laptop's own bookkeeping, kept in the local settings (never synced: each
//! laptop has its own screen).

use tauri::{LogicalSize, Manager, Runtime, WebviewWindow, Window, WindowEvent};

use crate::state::AppState;

/// The size the app was designed at, in logical pixels.
pub const DESIGNED: Size = Size {
    width: 1200,
    height: 820,
};
/// The smallest size every view is designed to work at (as in `tauri.conf.json`).
pub const SMALLEST: Size = Size {
    width: 640,
    height: 360,
};
/// Room left for the window's title bar and frame, which the work area does not subtract.
const FRAME: u32 = 40;

/// A window size in logical pixels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Size {
    /// Width.
    pub width: u32,
    /// Height.
    pub height: u32,
}

impl Size {
    /// `1200x820`, as kept in the settings.
    pub fn to_setting(self) -> String {
        format!("{}x{}", self.width, self.height)
    }

    /// Reads `1200x820`; anything else is no size.
    pub fn from_setting(text: &str) -> Option<Size> {
        let (w, h) = text.split_once('x')?;
        let size = Size {
            width: w.trim().parse().ok()?,
            height: h.trim().parse().ok()?,
        };
        (size.width > 0 && size.height > 0).then_some(size)
    }
}

/// The size to open at: the saved one (else the designed one), shrunk to fit `work_area`
/// with room for the frame, and never below the smallest size the views are designed for.
pub fn fit(saved: Option<Size>, work_area: Size) -> Size {
    let wanted = saved.unwrap_or(DESIGNED);
    let room = Size {
        width: work_area.width,
        height: work_area.height.saturating_sub(FRAME),
    };
    Size {
        width: wanted.width.min(room.width).max(SMALLEST.width),
        height: wanted.height.min(room.height).max(SMALLEST.height),
    }
}

/// The setting's key.
pub const SETTING: &str = "window_size";

/// Sizes the main window for its screen, then shows it: it is created hidden
/// (`tauri.conf.json`), so the teacher never sees it at a size that does not fit. A failure to
/// size it leaves the designed size, which is no reason not to open.
pub fn apply<R: Runtime>(window: &WebviewWindow<R>) {
    let saved = window
        .state::<AppState>()
        .db()
        .ok()
        .and_then(|db| db.handoff_setting(SETTING).ok().flatten())
        .and_then(|s| Size::from_setting(&s));
    if let Ok(Some(monitor)) = window
        .current_monitor()
        .or_else(|_| window.primary_monitor())
    {
        let scale = monitor.scale_factor().max(0.5);
        let area = monitor.work_area().size;
        let work = Size {
            width: (f64::from(area.width) / scale) as u32,
            height: (f64::from(area.height) / scale) as u32,
        };
        let size = fit(saved, work);
        let _ = window.set_size(LogicalSize::new(size.width, size.height));
        let _ = window.center();
    }
    let _ = window.show();
}

/// Remembers the main window's size when it closes.
pub fn on_window_event<R: Runtime>(window: &Window<R>, event: &WindowEvent) {
    if window.label() != "main" || !matches!(event, WindowEvent::CloseRequested { .. }) {
        return;
    }
    let (Ok(physical), Ok(scale)) = (window.inner_size(), window.scale_factor()) else {
        return;
    };
    let logical = physical.to_logical::<f64>(scale);
    let size = Size {
        width: logical.width.round() as u32,
        height: logical.height.round() as u32,
    };
    if let Ok(mut db) = window.state::<AppState>().db() {
        // Not remembering is acceptable: the next start opens at the designed size.
        let _ = db.set_handoff_setting(SETTING, Some(&size.to_setting()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SCHOOL_LAPTOP: Size = Size {
        width: 1366,
        height: 728,
    };

    #[test]
    fn the_designed_size_shrinks_to_a_school_laptops_screen() {
        assert_eq!(
            fit(None, SCHOOL_LAPTOP),
            Size {
                width: 1200,
                height: 688
            },
            "820 px is taller than a 1366 × 768 screen less its panel, so the height gives way"
        );
    }

    #[test]
    fn a_saved_size_is_kept_when_it_fits_and_clamped_when_it_does_not() {
        let big = Size {
            width: 1800,
            height: 1000,
        };
        let desk = Size {
            width: 2560,
            height: 1400,
        };
        assert_eq!(
            fit(Some(big), desk),
            big,
            "it fits, so it is what the teacher left"
        );
        assert_eq!(
            fit(Some(big), SCHOOL_LAPTOP),
            Size {
                width: 1366,
                height: 688
            },
            "moved to a smaller screen, the window still fits it"
        );
    }

    #[test]
    fn never_smaller_than_the_views_are_designed_for() {
        let tiny = Size {
            width: 600,
            height: 340,
        };
        assert_eq!(
            fit(None, tiny),
            SMALLEST,
            "below the minimum the views break"
        );
    }

    #[test]
    fn the_setting_round_trips_and_rejects_junk() {
        let s = Size {
            width: 1280,
            height: 700,
        };
        assert_eq!(
            Size::from_setting(&s.to_setting()),
            Some(s),
            "what is saved is read back"
        );
        for junk in ["", "1280", "x700", "0x700", "wide x tall"] {
            assert_eq!(Size::from_setting(junk), None, "{junk:?} is no size");
        }
    }
}
