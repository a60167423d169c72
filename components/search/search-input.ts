/** Marks the input the search shortcut goes to: the header's box, or the search page's own. */
export const SEARCH_INPUT_ATTRIBUTE = "data-search-input";
