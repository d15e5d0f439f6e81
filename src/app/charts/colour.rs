//! Colours of the charts: parsing the scenario's party colours, the fixed palette of the
//! other series, and the heatmap's colour scale.

/// A colour as red, green and blue bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// The colour as `#rrggbb`.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

/// The customer's colour when the scenario's is not a `#rrggbb` colour.
pub const CUSTOMER_FALLBACK: Rgb = Rgb(0x1d, 0x6f, 0xb8);
/// The vendor's colour when the scenario's is not a `#rrggbb` colour.
pub const VENDOR_FALLBACK: Rgb = Rgb(0xc2, 0x57, 0x1a);
/// Dark ink for totals and reference lines.
pub const INK: Rgb = Rgb(0x1b, 0x1f, 0x24);
/// Grey for notes written on a chart: 6:1 on white (WCAG AA for text). [`MUTED`] is only for
/// shapes.
pub const NOTE_INK: Rgb = Rgb(0x5b, 0x64, 0x70);
/// Grey for failed heatmap cells and baselines (shapes, never text: 3.1:1 on white).
pub const MUTED: Rgb = Rgb(0x8a, 0x93, 0x9e);

/// The bargaining chart's band when the parties' limits overlap (the zone of possible
/// agreement).
pub const ZOPA: Rgb = Rgb(0x9b, 0xd4, 0x9b);
/// The bargaining chart's band when the parties' limits leave a gap between them.
pub const GAP: Rgb = Rgb(0xf2, 0xa5, 0xa5);

/// Colours for series that belong to neither party (ledger lines, exposure parts), chosen
/// to stay apart from each other and from the default party colours.
pub const PALETTE: [Rgb; 16] = [
    Rgb(0x2a, 0x9d, 0x8f),
    Rgb(0x7b, 0x3f, 0xa0),
    Rgb(0xe0, 0x8a, 0x2c),
    Rgb(0xb3, 0x26, 0x1e),
    Rgb(0x4c, 0x9a, 0x2a),
    Rgb(0x8c, 0x56, 0x4b),
    Rgb(0xd6, 0x4f, 0x9a),
    Rgb(0x3d, 0x5a, 0x80),
    Rgb(0xa6, 0x8a, 0x00),
    Rgb(0x5f, 0x6b, 0x78),
    Rgb(0x9f, 0xb3, 0xc8),
    Rgb(0x4a, 0x1f, 0x66),
    Rgb(0x56, 0xb4, 0xe9),
    Rgb(0x00, 0x6d, 0x5b),
    Rgb(0xcc, 0x79, 0xa7),
    Rgb(0x6b, 0x8e, 0x23),
];

/// The heatmap's sequential scale, light (low) to dark (high): readable in grey print too.
pub const HEAT_STOPS: [Rgb; 5] = [
    Rgb(0xff, 0xff, 0xcc),
    Rgb(0xa1, 0xda, 0xb4),
    Rgb(0x41, 0xb6, 0xc4),
    Rgb(0x2c, 0x7f, 0xb8),
    Rgb(0x25, 0x34, 0x94),
];

/// Parses `#rrggbb`; anything else is `None`.
pub fn parse_hex(text: &str) -> Option<Rgb> {
    let hex = text.trim().strip_prefix('#')?;
    if hex.len() != 6 || !hex.is_ascii() {
        return None;
    }
    let channel = |range: std::ops::Range<usize>| {
        hex.get(range)
            .and_then(|part| u8::from_str_radix(part, 16).ok())
    };
    Some(Rgb(channel(0..2)?, channel(2..4)?, channel(4..6)?))
}

/// The palette colour number `index`, wrapping around.
pub fn palette(index: usize) -> Rgb {
    PALETTE[index % PALETTE.len()]
}

/// Mixes `colour` with white: 0 keeps it, 1 is white.
pub fn lighten(colour: Rgb, amount: f64) -> Rgb {
    let mix = |c: u8| (f64::from(c) + (255.0 - f64::from(c)) * amount).round() as u8;
    Rgb(mix(colour.0), mix(colour.1), mix(colour.2))
}

/// The colour of `value` on a scale from `min` to `max` through `stops` evenly spread,
/// interpolated linearly per channel. Values outside are clamped; a flat scale (`min == max`)
/// gives the middle stop.
pub fn scale_colour(stops: &[Rgb], min: f64, max: f64, value: f64) -> Rgb {
    let Some(last) = stops.len().checked_sub(1) else {
        return MUTED;
    };
    let position = if max > min && value.is_finite() {
        ((value - min) / (max - min)).clamp(0.0, 1.0)
    } else {
        0.5
    };
    let scaled = position * last as f64;
    let lower = (scaled.floor() as usize).min(last);
    let upper = (lower + 1).min(last);
    let t = scaled - lower as f64;
    let (Some(a), Some(b)) = (stops.get(lower), stops.get(upper)) else {
        return MUTED;
    };
    let mix = |x: u8, y: u8| (f64::from(x) + (f64::from(y) - f64::from(x)) * t).round() as u8;
    Rgb(mix(a.0, b.0), mix(a.1, b.1), mix(a.2, b.2))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_parse_or_are_rejected() {
        assert_eq!(parse_hex("#1d6fb8"), Some(Rgb(0x1d, 0x6f, 0xb8)));
        assert_eq!(parse_hex("1d6fb8"), None);
        assert_eq!(parse_hex("#1d6fb"), None);
        assert_eq!(parse_hex("#ééé"), None);
        assert_eq!(Rgb(0x1d, 0x6f, 0xb8).hex(), "#1d6fb8");
    }

    #[test]
    fn the_scale_hits_its_stops_and_interpolates_between_them() {
        let stops = [Rgb(0, 0, 0), Rgb(200, 100, 50), Rgb(255, 255, 255)];
        assert_eq!(scale_colour(&stops, 0.0, 10.0, 0.0), Rgb(0, 0, 0));
        assert_eq!(scale_colour(&stops, 0.0, 10.0, 5.0), Rgb(200, 100, 50));
        assert_eq!(scale_colour(&stops, 0.0, 10.0, 10.0), Rgb(255, 255, 255));
        // A quarter of the way is half-way between the first two stops.
        assert_eq!(scale_colour(&stops, 0.0, 10.0, 2.5), Rgb(100, 50, 25));
        // Outside the range clamps; a flat scale gives the middle.
        assert_eq!(scale_colour(&stops, 0.0, 10.0, -3.0), Rgb(0, 0, 0));
        assert_eq!(scale_colour(&stops, 4.0, 4.0, 4.0), Rgb(200, 100, 50));
    }

    #[test]
    fn lightening_mixes_with_white() {
        assert_eq!(lighten(Rgb(0, 100, 255), 0.0), Rgb(0, 100, 255));
        assert_eq!(lighten(Rgb(0, 100, 255), 0.5), Rgb(128, 178, 255));
        assert_eq!(lighten(Rgb(0, 100, 255), 1.0), Rgb(255, 255, 255));
    }
}
