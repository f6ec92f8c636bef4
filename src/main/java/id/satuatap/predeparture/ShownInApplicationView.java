package id.satuatap.predeparture;

/** A record that an application's status view shows, so writing it moves the view's version. */
public interface ShownInApplicationView {

    String shownInApplication();
}
