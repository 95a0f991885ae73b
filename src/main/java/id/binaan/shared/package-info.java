/**
 * What truly every module uses: the base entity, rule violations and their advice, formatting, and the facility
 * scope of the work ({@link id.binaan.shared.Scope}) with the filter that limits every facility-owned entity to it.
 */
@FilterDef(name = FacilityScope.FILTER, parameters = @ParamDef(name = FacilityScope.PARAMETER, type = Long.class),
        defaultCondition = "facility_id in (:" + FacilityScope.PARAMETER + ")", applyToLoadByKey = true)
package id.binaan.shared;

import org.hibernate.annotations.FilterDef;
import org.hibernate.annotations.ParamDef;
