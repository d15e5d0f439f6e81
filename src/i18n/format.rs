//! Numbers, money and dates written the way each language writes them.
