//! Where everything on a chart goes, as pure functions of the spec and the size in CSS
//! pixels: the title's lines, the legend's rows, the margins, the axis ranges and the ticks.
//! Nothing here touches a canvas, so all of it is tested natively; the painters (`paint`)
//! turn these layouts into pixels.
//!
//! Text widths are estimated from the character count (about half an em a character) rather
//! than measured, which keeps layout free of DOM measurements and is close enough for system
//! sans-serif fonts.

pub mod axes;
pub mod head;
pub mod legend;
pub mod plot_box;
pub mod text;
pub mod ticks;
