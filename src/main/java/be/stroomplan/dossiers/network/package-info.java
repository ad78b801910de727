/**
 * Network analysis of the KALI dossiers: the subjects and relations of one dossier, or of every
 * dossier the user may read, as a graph the browser draws with Cytoscape.js, filtered by relation
 * type, period and 4x4 grading, and analysed with JGraphT.
 * <ul>
 * <li>{@link be.stroomplan.dossiers.network.NetworkAnalysis} is pure (no Spring, no database): degree
 * and betweenness centrality (Brandes; exact up to 1,000 nodes, sampled from 500 fixed pivots above), communities
 * (the Louvain method: local moving of nodes in a fixed order, then aggregation, repeated;
 * deterministic), articulation points and bridges (Hopcroft and Tarjan, walked on an explicit stack), and likely
 * front companies (companies with many links, or registered at an address shared by several
 * companies).</li>
 * <li>{@link be.stroomplan.dossiers.network.Networks} reads the network through the subject register,
 * so only what the user may read is ever analysed or returned, and one audit row records the
 * dossiers and the purpose of each request. A dossier the user may not read is not found.</li>
 * <li>{@link be.stroomplan.dossiers.network.NetworkExports} writes the picture as SVG, an entity and a
 * link CSV for i2 Analyst's Notebook (docs/NETWORK-EXPORT.md) and FollowTheMoney entities as
 * ndjson; every export is audited as EXPORT.</li>
 * </ul>
 */
package be.stroomplan.dossiers.network;
