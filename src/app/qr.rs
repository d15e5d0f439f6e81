//! A QR code of a link as an SVG path, built from the `qrcode` crate's module matrix.
//!
//! The SVG is drawn as Yew nodes rather than inserted as markup (the page never sets
//! `inner_html`). One path holds every dark module as a unit square; the view box leaves the
//! four-module quiet zone that scanners need, and the component paints it dark on light
//! whatever the page's colours (a reversed code does not scan everywhere).

use qrcode::{Color, EcLevel, QrCode};

/// The light border around the code, in modules, as the QR standard requires.
pub const QUIET_ZONE: usize = 4;

/// A QR code ready to draw: its size in modules (without the quiet zone) and the path of its
/// dark modules in module units, offset by the quiet zone.
#[derive(Clone, Debug, PartialEq)]
pub struct QrPath {
    pub modules: usize,
    pub path: String,
}

impl QrPath {
    /// The side of the SVG view box, quiet zone included, in modules.
    pub fn view_size(&self) -> usize {
        self.modules + 2 * QUIET_ZONE
    }
}

/// Encodes `text` (bytes) at the lowest error correction, which holds the most data: a link
/// is shown on a screen or printed, not worn on a sticker. Returns the text's length in
/// characters when it is too long for any QR code.
pub fn qr_path(text: &str) -> Result<QrPath, usize> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::L)
        .map_err(|_| text.chars().count())?;
    let modules = code.width();
    let colors = code.to_colors();
    let mut path = String::with_capacity(colors.len() * 4);
    for (index, color) in colors.iter().enumerate() {
        if *color == Color::Dark {
            let x = index % modules + QUIET_ZONE;
            let y = index / modules + QUIET_ZONE;
            // A 1×1 square: move to its corner, right 1, down 1, left 1, close.
            path.push_str(&format!("M{x} {y}h1v1h-1z"));
        }
    }
    Ok(QrPath { modules, path })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_text_makes_a_version_1_code_with_its_finder_patterns() {
        // Up to 17 bytes fit version 1 at level L: 21 × 21 modules.
        let qr = qr_path("HELLO").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(qr.modules, 21);
        assert_eq!(qr.view_size(), 29);
        // The top-left finder pattern's corner module is dark, at the quiet zone's edge.
        assert!(qr.path.starts_with("M4 4h1v1h-1z"), "{}", qr.path);
    }

    #[test]
    fn a_link_of_the_preset_size_fits_and_a_huge_text_is_refused_with_its_length() {
        let link = "x".repeat(2_500);
        let qr = qr_path(&link).unwrap_or_else(|e| panic!("{e}"));
        // Version 40 (177 modules) holds 2,953 bytes at level L; 2,500 bytes need at least
        // version 37 (165 modules).
        assert!((165..=177).contains(&qr.modules), "{}", qr.modules);
        assert_eq!(qr_path(&"x".repeat(3_000)), Err(3_000));
    }
}
