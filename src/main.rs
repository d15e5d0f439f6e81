//! The web app's entry point: installs the panic page and mounts the root component.
//! Everything else lives in the library so that it can be tested.

fn main() {
    standoff::app::start();
}
