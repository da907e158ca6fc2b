/// The one script of the site: theme toggle, figure variants, copy buttons, sidebar on
/// phones, and search.
enum SiteScript {
    static let js = """
        "use strict";
        """
}
