//! A stable sort of indices that the page's code shares: the charts, their words, the print view
//! and the link encoder.

/// The indices `0..len` in the order `cmp` gives them, ties in index order. Each sort call site
/// with its own element type or closure instantiates its own ~4.5 KB of sorting code in the wasm;
/// sorting indices through a `&dyn Fn` instantiates it once.
pub fn sorted_order(len: usize, cmp: &dyn Fn(usize, usize) -> std::cmp::Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| cmp(a, b));
    order
}
