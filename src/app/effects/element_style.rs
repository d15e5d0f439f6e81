//! Inline styles set through the CSS object model, which a strict content security policy
//! allows where it refuses `style` attributes.

use web_sys::HtmlElement;
use yew::NodeRef;

/// Sets each `(property, value)` on the element behind `node`, if it is mounted. A property
/// the browser refuses is left as it was: a style is never worth breaking the page for.
pub fn set_style(node: &NodeRef, properties: &[(&str, &str)]) {
    if let Some(element) = node.cast::<HtmlElement>() {
        let style = element.style();
        for (property, value) in properties {
            let _ = style.set_property(property, value);
        }
    }
}
