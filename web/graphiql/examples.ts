// The README's five example queries, preloaded as GraphiQL tabs so a newcomer can run them at once.
// Each has an operation name, so its tab has a title. Keep them in step with README.md.

/** The example tabs, in the README's order. */
export const EXAMPLE_TABS: readonly { readonly query: string }[] = [
  {
    query: `# 1. Who is in the graph, and how are they related (each relation says which rule found it)?
query WhoIsInTheGraph {
  stats { documents entities relations byPredicate { predicate count } }
  entities(type: PERSON, first: 5) {
    totalCount
    edges { node { name aliases relations { predicate role target { name type } rule confidence } } }
  }
}
`,
  },
  {
    query: `# 2. Who said what, and which agency carried it?
query WhoSaidWhat {
  statements { text speaker { name } reportedBy { name } evidence { sentence text } }
}
`,
  },
  {
    query: `# 3. How are two entities connected? Each step with the sentence that states it.
query HowConnected {
  path(from: "alliance:collective-security-treaty-organization", to: "person:kasim-khomart-tokayev") {
    length
    steps { from { name } direction relation { predicate } evidence { text } }
  }
}
`,
  },
  {
    query: `# 4. Ranked search with highlighted snippets; centrality and communities.
query SearchAndCommunities {
  search(query: "toka", first: 5) { edges { score snippet { html } node { id name type centrality { pagerank } } } }
  communities(minSize: 2) { size label members(first: 5) { name } }
}
`,
  },
  {
    query: `# 5. Add an article; bad input gets a BAD_USER_INPUT error and changes nothing.
mutation AddArticle {
  ingestDocument(input: {
    text: "Reuters reported that French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin."
    title: "Test", publishedAt: "2024-05-01"
  }) { alreadyPresent added { entities relations statements facts } }
}
`,
  },
];
