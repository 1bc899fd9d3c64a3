/**
 * The supervisors' campaign dashboard: what must not wait, how far each population got, the teams'
 * and caseworkers' workload and dispatch, counted by each capability's own service.
 */
package org.outreach.dashboard.web;
