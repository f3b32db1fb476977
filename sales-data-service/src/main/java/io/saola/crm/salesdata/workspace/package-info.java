/** Which workspaces hold sales documents: what the expiry sweeps iterate over. */
package io.saola.crm.salesdata.workspace;
