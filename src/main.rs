fn main() {
    #[cfg(target_arch = "wasm32")]
    ai_timeline::start();
}
