fn main() {
    ai_timeline::start();
}
