package org.outreach.travel;

import java.util.Optional;
import org.outreach.cases.ReturnOutcome;
import org.outreach.processes.ProcessVariables;
import org.outreach.processes.ReturnTravelProcess;

/** How the return-travel process ended, from the two outcomes caseworkers record in it. */
public final class ReturnOutcomes {

  private ReturnOutcomes() {}

  /**
   * The arrival outcome when the person travelled (or was to), else the return wish.
   *
   * @throws IllegalArgumentException naming the variable whose value cannot end the process
   */
  public static ReturnOutcome of(Optional<String> returnWish, Optional<String> arrivalOutcome) {
    if (arrivalOutcome.isPresent()) {
      return switch (arrivalOutcome.get()) {
        case ReturnTravelProcess.ARRIVAL_ARRIVED -> ReturnOutcome.ARRIVED;
        case ReturnTravelProcess.ARRIVAL_DID_NOT_TRAVEL -> ReturnOutcome.DID_NOT_TRAVEL;
        default ->
            throw new IllegalArgumentException(
                ProcessVariables.VAR_ARRIVAL_OUTCOME
                    + ": not one of "
                    + ReturnTravelProcess.ARRIVAL_ARRIVED
                    + ", "
                    + ReturnTravelProcess.ARRIVAL_DID_NOT_TRAVEL);
      };
    }
    String wish =
        returnWish.orElseThrow(
            () ->
                new IllegalArgumentException(
                    ProcessVariables.VAR_RETURN_WISH
                        + " and "
                        + ProcessVariables.VAR_ARRIVAL_OUTCOME
                        + ": neither is set"));
    return switch (wish) {
      case ReturnTravelProcess.RETURN_STAYS -> ReturnOutcome.STAYS;
      case ReturnTravelProcess.RETURN_NO_CONTACT -> ReturnOutcome.NO_CONTACT;
      case ReturnTravelProcess.RETURN_WISHES_TO_RETURN ->
          throw new IllegalArgumentException(
              ProcessVariables.VAR_ARRIVAL_OUTCOME + ": not set, but the person wishes to return");
      default ->
          throw new IllegalArgumentException(
              ProcessVariables.VAR_RETURN_WISH
                  + ": not one of "
                  + ReturnTravelProcess.RETURN_WISHES_TO_RETURN
                  + ", "
                  + ReturnTravelProcess.RETURN_STAYS
                  + ", "
                  + ReturnTravelProcess.RETURN_NO_CONTACT);
    };
  }
}
